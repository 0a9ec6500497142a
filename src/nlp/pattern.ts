import type { MatchToken } from './match-token'

// A compiled pattern element (the build step turns every "one or many" field into a list).
export type SpecEl = {
  surface?: string[]
  base?: string[]
  not_base?: string[]
  pos?: string[]
  pos1?: string[]
  has_char?: string
  fewer?: true
  more?: true
  fewer_than_start?: true
  optional?: boolean
}
export type GapEl = { gap: number }
export type PatternEl = SpecEl | GapEl

const isGap = (el: PatternEl): el is GapEl => 'gap' in el

export function tokenFits(spec: SpecEl, t: MatchToken): boolean {
  return (!spec.surface || spec.surface.includes(t.surface)) &&
    (!spec.base || spec.base.includes(t.base)) &&
    (!spec.not_base || !spec.not_base.includes(t.base)) &&
    (!spec.pos || spec.pos.includes(t.pos)) &&
    (!spec.pos1 || spec.pos1.includes(t.pos1)) &&
    (!spec.has_char || [...spec.has_char].some((c) => t.surface.includes(c)))
}

// Matches `pattern` at tokens[i] without crossing `limit`; returns the end index or -1.
// Gaps and optional tokens are bounded, so the work per start position is bounded by the pattern, not the text.
export function matchAt(
  pattern: readonly PatternEl[], tokens: readonly MatchToken[], i: number, limit: number, k = 0, start = i,
): number {
  if (k === pattern.length) return i
  const el = pattern[k]!
  if (isGap(el)) {
    for (let g = 0; g <= el.gap && i + g <= limit; g++) {
      const end = matchAt(pattern, tokens, i + g, limit, k + 1, start)
      if (end >= 0) return end
    }
    return -1
  }
  if (i < limit && tokenFits(el, tokens[i]!) && numbersFit(el, tokens, i, start)) {
    const end = matchAt(pattern, tokens, i + 1, limit, k + 1, start)
    if (end >= 0) return end
  }
  return el.optional ? matchAt(pattern, tokens, i, limit, k + 1, start) : -1
}

function numbersFit(el: SpecEl, tokens: readonly MatchToken[], i: number, start: number): boolean {
  return (!el.fewer || compareWithBefore(tokens, i) < 0) && (!el.more || compareWithBefore(tokens, i) > 0) &&
    (!el.fewer_than_start || compareWithStart(tokens, i, start) < 0)
}

// 10個発注しましたが…6個に: the sign of (number at i − the number the match starts with); 0 when either is missing.
function compareWithStart(tokens: readonly MatchToken[], i: number, start: number): number {
  const num = (s: string) => (/^[0-9]+$/.test(s) ? Number(s) : undefined)
  const here = num(tokens[i]!.surface)
  const first = num(tokens[start]!.surface)
  return here === undefined || first === undefined || i === start ? 0 : Math.sign(here - first)
}

// "from 5 to 3" / "from 2 mesh bags to 1" / "1個から2個": the sign of (number at i − nearest number up to five tokens
// before it); 0 when either is missing.
function compareWithBefore(tokens: readonly MatchToken[], i: number): number {
  if (!/^[0-9]+$/.test(tokens[i]!.surface)) return 0
  const here = Number(tokens[i]!.surface)
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const s = tokens[j]!.surface
    if (/^[0-9]+$/.test(s)) return Math.sign(here - Number(s))
  }
  return 0
}

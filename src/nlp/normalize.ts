import { isJapaneseChar } from './script'

// Normalises a message for matching while keeping a map back to the offsets of the text as sent (issue 2 §3–4).
export type Normalized = {
  original: string
  text: string
  // For normalised index i: where the source piece that produced text[i] starts / ends in `original`.
  from: number[]
  to: number[]
}

// A spelling table: canonical form → variants. A variant replaces whole words only (cancle, not cancleable), but an
// edge written in Japanese script needs no boundary (Japanese has no spaces): "I want 返金してほしい" reads refund.
export type Spellings = { variants: ReadonlyArray<readonly [variant: string, canonical: string]> }

const VOICED_MARKS = new Set([0xff9e, 0xff9f, 0x3099, 0x309a])
const COMBINING = /\p{M}/u

const CIRCLED = /^[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]$/u

const isCombining = (cp: number, ch: string) => VOICED_MARKS.has(cp) || COMBINING.test(ch)

// NFKC + lower case, one base character (plus its combining marks) at a time, so the map stays exact: ｶﾞ → ガ, ㍻ → 平成.
export function foldWidthAndCase(original: string): Normalized {
  let text = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  while (i < original.length) {
    const start = i
    i += original.codePointAt(i)! > 0xffff ? 2 : 1
    while (i < original.length) {
      const cp = original.codePointAt(i)!
      const ch = String.fromCodePoint(cp)
      if (!isCombining(cp, ch)) break
      i += ch.length
    }
    // A list marker stays a marker: NFKC would make 「②昨日注文」 read as 「2 … 注文」, a double order.
    const piece = CIRCLED.test(original.slice(start, i)) ? original.slice(start, i) : original.slice(start, i).normalize('NFKC').toLowerCase()
    text += piece
    for (let k = 0; k < piece.length; k++) {
      from.push(start)
      to.push(i)
    }
  }
  return { original, text, from, to }
}

// A letter or digit of a space-separated script: where a whole word starts and ends.
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !isJapaneseChar(c)
const bounded = (edge: string, neighbour: string | undefined) => isJapaneseChar(edge) || !isWordChar(neighbour)

// Replaces spelling variants (きゃんせる → キャンセル, cancle → cancel) left to right, longest variant first.
export function respell(n: Normalized, spellings: Spellings): Normalized {
  if (spellings.variants.length === 0) return n
  const byFirst = new Map<string, Array<readonly [string, string]>>()
  for (const v of [...spellings.variants].sort((a, b) => b[0].length - a[0].length)) {
    const list = byFirst.get(v[0][0]!) ?? []
    list.push(v)
    byFirst.set(v[0][0]!, list)
  }
  let text = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  while (i < n.text.length) {
    const hit = byFirst.get(n.text[i]!)?.find(([variant]) =>
      n.text.startsWith(variant, i) &&
      bounded(variant[0]!, n.text[i - 1]) && bounded(variant.at(-1)!, n.text[i + variant.length]))
    if (!hit) {
      text += n.text[i]
      from.push(n.from[i]!)
      to.push(n.to[i]!)
      i++
      continue
    }
    const [variant, canonical] = hit
    const start = n.from[i]!
    const end = n.to[i + variant.length - 1]!
    // A word put in for Japanese script gets spaces where it would run into the next word ("返金please" → refund please).
    const pad = (edge: string | undefined, neighbour: string | undefined) => (isWordChar(edge) && isWordChar(neighbour) ? ' ' : '')
    const put = pad(text.at(-1), canonical[0]) + canonical + pad(canonical.at(-1), n.text[i + variant.length])
    text += put
    for (let k = 0; k < put.length; k++) {
      from.push(start)
      to.push(end)
    }
    i += variant.length
  }
  return { original: n.original, text, from, to }
}

export function normalize(original: string, spellings: Spellings): Normalized {
  return respell(foldWidthAndCase(original), spellings)
}

// The original-text span covering normalised [start, end).
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number; text: string } {
  const s = n.from[start] ?? n.original.length
  const e = end > start ? n.to[end - 1]! : s
  return { start: s, end: e, text: n.original.slice(s, e) }
}

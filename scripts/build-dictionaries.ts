// Validates dictionaries/{ja,en}/*.yaml with zod and emits src/nlp/lexicon.gen.ts; a bad file names its file and rule id.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { foldWidthAndCase, respell, type Spellings } from '../src/nlp/normalize'
import type { CompiledLexicon } from '../src/nlp/lexicon'
import type { PatternEl, SpecEl } from '../src/nlp/pattern'
import { DictionaryFile, type PatternElement, type TokenSpec } from '../src/nlp/rules'

const LANGS = ['ja', 'en'] as const
const SPEC_LISTS = ['surface', 'base', 'not_base', 'pos', 'pos1'] as const
const errors: string[] = []

function readLang(lang: string) {
  const dir = `dictionaries/${lang}`
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  return files.map((f) => {
    const path = `${dir}/${f}`
    let raw: unknown
    try { raw = load(readFileSync(path, 'utf8')) } catch (e) { errors.push(`${path}: YAML: ${(e as Error).message}`); return undefined }
    const parsed = DictionaryFile.safeParse(raw ?? {})
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const entry = ruleAt(raw, issue.path)
        errors.push(`${path}${entry ? ` rule "${entry}"` : ''} at ${issue.path.join('.')}: ${issue.message}`)
      }
      return undefined
    }
    return { path, data: parsed.data }
  }).filter((x) => x !== undefined)
}

// Names the rule an issue path points into (triggers.3.pattern.0 → the id of triggers[3]).
function ruleAt(raw: unknown, path: PropertyKey[]): string | undefined {
  const [list, index] = path
  const entry = (raw as Record<string, unknown[]> | undefined)?.[String(list)]?.[Number(index)] as { id?: string; canonical?: string; base?: string } | undefined
  return entry?.id ?? entry?.canonical ?? entry?.base ?? (index !== undefined ? `#${String(index)}` : undefined)
}

function inflect(base: string, marker: 'ed' | 'ing' | 's'): string {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base
  if (marker === 'ed') return `${stem}ed`
  if (marker === 'ing') return `${stem}ing`
  return /(s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`
}

function compileLang(lang: (typeof LANGS)[number]): CompiledLexicon {
  const files = readLang(lang)
  const spellingPairs: Array<[string, string]> = []
  for (const { data } of files) for (const s of data.spellings) for (const v of s.variants) {
    spellingPairs.push([foldWidthAndCase(v).text, foldWidthAndCase(s.canonical).text])
  }
  const spellings: Spellings = { variants: spellingPairs }
  // The same normaliser runs over the rule data as over the input (STYLE.md), so ＣＡＮＣＥＬ in a rule still matches.
  const norm = (s: string) => respell(foldWidthAndCase(s), spellings).text
  const list = (v: string | string[] | undefined) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(norm))
  const spec = (s: TokenSpec): SpecEl => {
    const out: SpecEl = {}
    for (const k of SPEC_LISTS) { const l = list(s[k]); if (l) out[k] = l }
    if (s.has_char) out.has_char = norm(s.has_char)
    if (s.fewer) out.fewer = true
    if (s.more) out.more = true
    if (s.fewer_than_start) out.fewer_than_start = true
    if (s.optional) out.optional = true
    return out
  }
  const pattern = (where: string, p: PatternElement[]): PatternEl[] => {
    const first = p[0]!
    const last = p[p.length - 1]!
    if ('gap' in first || first.optional || 'gap' in last) errors.push(`${where}: a pattern must start with a required token and end with a token`)
    if (p.filter((e) => 'gap' in e).length > 2) errors.push(`${where}: at most two gaps per pattern`)
    return p.map((e) => ('gap' in e ? { gap: e.gap } : spec(e)))
  }
  const ids = new Set<string>()
  const seen = (path: string, id: string) => {
    if (ids.has(id)) errors.push(`${path} rule "${id}": duplicate id in dictionaries/${lang}`)
    ids.add(id)
  }
  const lex: CompiledLexicon = { triggers: [], cues: [], spellings: spellingPairs, forms: [], boundaries: [], coordinators: [], conditionals: [], quote_marks: [], quoted_below: [] }
  for (const { path, data } of files) {
    for (const t of data.triggers) {
      seen(path, t.id)
      if (t.decided_in === 'end' && t.reach !== 'message') errors.push(`${path} rule "${t.id}": decided_in: end needs reach: message`)
      if (t.status !== 'ignore' && t.match.length === 0) errors.push(`${path} rule "${t.id}": needs at least one match example`)
      lex.triggers.push({ id: t.id, intent: t.intent, status: t.status, weight: t.weight, tags: t.tags, ignore_cues: t.ignore_cues,
        yields_to_requested: t.yields_to_requested, yields_to_mentioned: t.yields_to_mentioned, yields_in_clause: t.yields_in_clause,
        ...(t.reach === 'message' ? { reach: t.reach } : {}), ...(t.decided_in === 'end' ? { decided_in: t.decided_in } : {}), pattern: pattern(`${path} rule "${t.id}"`, t.pattern), order: lex.triggers.length, match: t.match, no_match: t.no_match })
    }
    for (const c of data.cues) {
      seen(path, c.id)
      if (c.effect !== 'neutral' && c.match.length === 0) errors.push(`${path} rule "${c.id}": needs at least one match example`)
      if (c.final && c.effect !== 'dismiss') errors.push(`${path} rule "${c.id}": final is for dismiss cues`)
      if (c.fallback && c.effect !== 'neutral') errors.push(`${path} rule "${c.id}": fallback is for neutral cues`)
      lex.cues.push({ id: c.id, effect: c.effect, where: c.where, window: c.window, priority: c.priority, reach: c.reach,
        ...(c.targets ? { targets: c.targets } : {}), ...(c.final ? { final: true } : {}), ...(c.fallback ? { fallback: true } : {}), pattern: pattern(`${path} rule "${c.id}"`, c.pattern), order: lex.cues.length, match: c.match, no_match: c.no_match })
    }
    for (const f of data.forms) {
      for (const marker of ['ed', 'ing', 's'] as const) {
        const forms = [...f[marker], ...(f.regular ? [inflect(f.base, marker)] : [])]
        for (const form of new Set(forms)) lex.forms.push([norm(form), norm(f.base), `-${marker}`])
      }
    }
    lex.boundaries.push(...data.boundaries.map(spec))
    lex.coordinators.push(...data.coordinators.map(spec))
    lex.conditionals.push(...data.conditionals.map(spec))
    lex.quote_marks.push(...data.quote_marks.map(norm))
    lex.quoted_below.push(...data.quoted_below.map(norm))
    if (data.option_words) lex.option_words = { first: data.option_words.first.map(norm), second: data.option_words.second.map(norm), third: data.option_words.third.map(norm), last: data.option_words.last.map(norm) }
    if (data.short_reply) {
      const { max_words, yes, no, acknowledge, go } = data.short_reply
      lex.short_reply = { max_words, yes: yes.map(spec), no: no.map(spec), acknowledge: acknowledge.map(spec), go: go.map(spec) }
    }
  }
  const known = new Set<string>(['cancel', 'address_change', 'return', ...lex.triggers.flatMap((t) => t.tags)])
  for (const c of lex.cues) for (const x of c.targets ?? []) if (!known.has(x)) errors.push(`dictionaries/${lang} rule "${c.id}": target "${x}" is neither an intent nor a trigger tag`)
  return lex
}

const out = Object.fromEntries(LANGS.map((l) => [l, compileLang(l)]))
if (errors.length > 0) {
  console.error(`build-dictionaries: ${errors.length} problem(s)\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
writeFileSync('src/nlp/lexicon.gen.ts', `// Generated by scripts/build-dictionaries.ts from dictionaries/ — do not edit.
import type { CompiledLexicon } from './lexicon'

export const LEXICON: Record<'ja' | 'en', CompiledLexicon> = ${JSON.stringify(out)}
`)
const count = (l: string) => `${out[l]!.triggers.length} triggers, ${out[l]!.cues.length} cues`
console.log(`build-dictionaries: ja ${count('ja')}; en ${count('en')} → src/nlp/lexicon.gen.ts`)

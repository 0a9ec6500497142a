import type { MatchToken } from './match-token'
import { isJapaneseChar } from './script'

// A small English tokenizer: words, numbers, punctuation and line breaks, with offsets into the (lower-cased) text.
// Inflected forms listed in dictionaries/en become the base word plus a marker token (`cancelled` → cancel, -ed),
// so cues can read tense the way Japanese cues read た; contractions split the same way (don't → do, not).
export type FormTable = ReadonlyMap<string, readonly [base: string, marker: string]>

const CONTRACTION_BASE: Record<string, string> = { "'m": 'be', "'re": 'be', "'s": "'s", "'ll": 'will', "'ve": 'have', "'d": 'would' }
const NEGATED_AUX: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' }

const isWord = (c: string) => /[\p{L}\p{N}]/u.test(c)
const isApostrophe = (c: string | undefined) => c === "'" || c === '\u2019'

// A full stop ends a sentence; the dots in P.O. box, 3.5, e.g. or Mrs. Hamid do not.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'ave', 'apt', 'jr', 'sr', 'no', 'inc', 'co', 'ltd', 'blvd', 'rd', 'ste', 'vs', 'etc'])
function isFullStop(text: string, i: number): boolean {
  const next = text[i + 1]
  if (next !== undefined && !/\s/u.test(next)) return false
  let start = i
  while (start > 0 && i - start < 12 && isWord(text[start - 1]!)) start--
  const word = text.slice(start, i)
  return word.length !== 1 && !ABBREVIATIONS.has(word)
}

export function enTokens(text: string, forms: FormTable): MatchToken[] {
  const out: MatchToken[] = []
  const push = (surface: string, base: string, pos: string, start: number, end: number) =>
    out.push({ surface, base, pos, pos1: '', start, end })
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '\n') { push('\n', '\n', 'break', i, i + 1); i++; continue }
    if (/\s/u.test(c)) { i++; continue }
    if (!isWord(c)) { push(c, c, c === '.' && isFullStop(text, i) ? 'stop' : 'punct', i, i + 1); i++; continue }
    const start = i
    // A change of script ends a word: "をcancelしたい" is を, cancel, したい.
    const japanese = isJapaneseChar(c)
    const sameWord = (k: number) => isWord(text[k]!) && isJapaneseChar(text[k]) === japanese
    while (i < text.length && (sameWord(i) || (!japanese && isApostrophe(text[i]) && i + 1 < text.length && sameWord(i + 1)))) i++
    const word = text.slice(start, i).replace(/\u2019/g, "'")
    const apo = word.indexOf("'")
    if (apo > 0) {
      const head = word.slice(0, apo)
      const tail = word.slice(apo)
      if (tail === "'t" && head.endsWith('n')) {
        const aux = head.slice(0, -1)
        push(aux, NEGATED_AUX[aux] ?? aux, 'word', start, i)
        push('not', 'not', 'word', start, i)
      } else {
        pushWord(head, start, i)
        push(tail, CONTRACTION_BASE[tail] ?? tail, 'word', start, i)
      }
      continue
    }
    pushWord(word, start, i)
  }
  push('', '', 'end', text.length, text.length) // lets a pattern say "at the end of the message" (I want it)
  pastPerfect(out)
  return out

  function pushWord(word: string, start: number, end: number) {
    const pos = /^\p{N}+$/u.test(word) ? 'num' : 'word'
    const form = forms.get(word)
    push(word, form ? form[0] : word, pos, start, end)
    if (form && form[1]) push(form[1], form[1], 'marker', start, end)
  }
}

// "I'd ordered twice" is "I had ordered", not "I would": 'd before a past participle (ordered, bought, sent),
// with at most one adverb between, reads as `had` — a report of what happened, not a wish.
const PARTICIPLES = new Set(['bought', 'been', 'had', 'made', 'got', 'gotten', 'put', 'paid', 'done', 'thought', 'meant', 'said', 'told', 'forgotten', 'gone', 'seen', 'read'])
const ADVERBS = new Set(['already', 'just', 'never', 'only', 'actually', 'accidentally', 'mistakenly', 'previously', 'originally', 'also', 'somehow'])
function pastPerfect(tokens: MatchToken[]): void {
  const participle = (k: number) => {
    const t = tokens[k]
    return t !== undefined && t.pos === 'word' && (tokens[k + 1]?.base === '-ed' || PARTICIPLES.has(t.surface))
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.surface !== "'d") continue
    if (participle(k + 1) || (ADVERBS.has(tokens[k + 1]?.surface ?? '') && participle(k + 2))) t.base = 'had'
  }
}

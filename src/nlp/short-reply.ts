import type { LexiconIndex } from './lexicon'
import type { MatchToken } from './match-token'
import { tokenFits } from './pattern'

// Is the buyer's whole own text a short yes ("yes please, go ahead", 「はい、それでお願いします」) under quoted lines?
// Any "no" word (no, don't, leave, いいえ, 結構) or a longer text leaves the quoted lines as context only.
export function acceptsQuotedOffer(tokens: MatchToken[], quoted: boolean[], lex: LexiconIndex): boolean {
  const rule = lex.shortReply
  if (!rule || !quoted.some(Boolean)) return false
  const own = tokens.filter((t, i) => !quoted[i] && isWord(t))
  if (own.length === 0 || own.length > rule.max_words) return false
  const fits = (specs: typeof rule.yes) => own.some((t) => specs.some((s) => tokenFits(s, t)))
  return fits(rule.yes) && !fits(rule.no) && (!fits(rule.acknowledge) || fits(rule.go))
}

// Is the buyer's whole text a bare yes or thanks ("yes", 「はい、お願いします」) with nothing quoted? What it answers is
// not in the message, so nothing can be read from it (the second opinion learned "yes" from replies under offers).
export function isBareYes(tokens: MatchToken[], quoted: boolean[], lex: LexiconIndex): boolean {
  const rule = lex.shortReply
  if (!rule || quoted.some(Boolean)) return false
  const own = tokens.filter((t) => isWord(t) && !FUNCTION_POS.has(t.pos))
  if (own.length === 0 || own.length > rule.max_words) return false
  const specs = [...rule.yes, ...rule.acknowledge, ...rule.go]
  return own.every((t) => specs.some((s) => tokenFits(s, t)) || FUNCTION_BASE.has(t.base))
}

// Japanese particles, auxiliaries and する carry no wish of their own (お願い|し|ます).
const FUNCTION_POS: ReadonlySet<string> = new Set(['助詞', '助動詞'])
const FUNCTION_BASE: ReadonlySet<string> = new Set(['する', 'いたす'])

// Words, not punctuation, line breaks or English inflection markers (-ed): en tokens carry word / num, kuromoji's a
// part of speech (記号 for punctuation and spaces).
const EN_NON_WORDS: ReadonlySet<string> = new Set(['punct', 'stop', 'break', 'end', 'marker'])
const isWord = (t: MatchToken) => !EN_NON_WORDS.has(t.pos) && t.pos !== '記号' && t.surface.trim() !== ''

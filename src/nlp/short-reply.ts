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

// Words, not punctuation, line breaks or English inflection markers (-ed): en tokens carry word / num, kuromoji's a
// part of speech (記号 for punctuation and spaces).
const EN_NON_WORDS: ReadonlySet<string> = new Set(['punct', 'stop', 'break', 'end', 'marker'])
const isWord = (t: MatchToken) => !EN_NON_WORDS.has(t.pos) && t.pos !== '記号' && t.surface.trim() !== ''

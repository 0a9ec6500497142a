import type { Lang } from '../schemas/analyze'
import { JAPANESE_CHAR } from './script'

const JAPANESE = new RegExp(JAPANESE_CHAR.source, 'gu')
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/g
// Markup, URLs and e-mail addresses are not the buyer's language (helpdesks forward HTML bodies).
const TAG = /<[^<>]*>/g
const ASCII_WORD = /[\x21-\x7e]+/g
const notProse = (word: string) => word.includes('@') || word.toLowerCase().startsWith('http')

// Any kana or kanji run outweighs Latin letters 1:3 — buyers paste English order ids into Japanese text.
export function detectLanguage(text: string): Lang {
  const prose = text.replace(TAG, ' ').replace(ASCII_WORD, (w) => (notProse(w) ? ' ' : w))
  const ja = prose.match(JAPANESE)?.length ?? 0
  const latin = prose.match(LATIN)?.length ?? 0
  return ja > 0 && ja * 3 >= latin ? 'ja' : 'en'
}

// kuromoji's own Tokenizer (lattice, Viterbi, IPADIC formatter) over the compact dictionaries.
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js'
import type { Token, Tokenizer } from '../token'
import type { KuromojiDictionaries } from './load-dictionary'

// Stock doublearray UTF-8-encodes each whole tail and throws on a lone high surrogate; the compact trie walks lazily.
const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/

export function compactTokenizer(dic: KuromojiDictionaries): Tokenizer {
  const tokenizer = new KuromojiTokenizer(dic)
  return {
    tokenize(text: string): Token[] {
      if (LONE_HIGH_SURROGATE.test(text)) throw new TypeError('kuromoji cannot tokenize a lone high surrogate')
      return tokenizer.tokenize(text) as Token[]
    },
  }
}

// The only entry to kuromoji: loads the compact dictionary from static assets on first use, once per isolate.
import { ApiError } from '../errors'
import { compactTokenizer } from './dict/compact-tokenizer'
import { loadDictionary } from './dict/load-dictionary'
import type { Tokenizer } from './token'

const DICT_BASE = 'https://assets.local/dict/'

async function fetchDictFile(assets: Fetcher, name: string): Promise<ArrayBuffer> {
  const res = await assets.fetch(new Request(DICT_BASE + name))
  if (!res.ok) throw new Error(`dictionary file ${name}: HTTP ${res.status}`)
  return res.arrayBuffer()
}

// Stock kuromoji throws on U+0000 and lone high surrogates; U+FFFD keeps every UTF-16 offset, so no input becomes a 500.
const UNTOKENIZABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g

function tolerant(tokenizer: Tokenizer): Tokenizer {
  return { tokenize: (text) => tokenizer.tokenize(text.replace(UNTOKENIZABLE, '\uFFFD')) }
}

let pending: Promise<Tokenizer> | undefined

// Memoised per isolate; a failed load is not cached, so the next request retries (STYLE.md).
export function getTokenizer(assets: Fetcher): Promise<Tokenizer> {
  pending ??= loadDictionary((name) => fetchDictFile(assets, name))
    .then((dic) => tolerant(compactTokenizer(dic)))
    .catch((e: unknown) => {
      pending = undefined
      console.error('tokenizer load failed', e)
      throw new ApiError(503, 'tokenizer_unavailable', 'The Japanese tokenizer could not be loaded; try again.', undefined, { 'Retry-After': '1' })
    })
  return pending
}

// Test hook: forget the memoised tokenizer so a test can exercise the first-load path again.
export function resetTokenizerForTest(): void {
  pending = undefined
}

/// <reference types="node" />
// Stock kuromoji (its node builder over the .dat.gz files) and madoguchi's compact tokenizer read from public/dict.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import kuromoji from 'kuromoji'
import { compactTokenizer } from '../../../src/nlp/dict/compact-tokenizer'
import { loadDictionary, type KuromojiDictionaries } from '../../../src/nlp/dict/load-dictionary'
import type { Token, Tokenizer } from '../../../src/nlp/token'

const require = createRequire(import.meta.url)
export const STOCK_DICT = join(dirname(require.resolve('kuromoji/package.json')), 'dict')
export const COMPACT_DICT = join(process.cwd(), 'public/dict')

// A file's own ArrayBuffer (fs may hand back a slice of a shared pool for small files).
async function readArrayBuffer(path: string): Promise<ArrayBuffer> {
  const b = await readFile(path)
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : new Uint8Array(b).buffer
}

export const loadCompactDictionaries = (dir = COMPACT_DICT): Promise<KuromojiDictionaries> =>
  loadDictionary((name) => readArrayBuffer(join(dir, name)))

export const loadCompactTokenizer = async (dir = COMPACT_DICT): Promise<Tokenizer> => compactTokenizer(await loadCompactDictionaries(dir))

export type StockTokenizer = Tokenizer & { token_info_dictionary: any; unknown_dictionary: any; viterbi_builder: any }

export const loadStockTokenizer = (): Promise<StockTokenizer> =>
  new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: STOCK_DICT }).build((err: unknown, t: StockTokenizer) => (err ? reject(err) : resolve(t))),
  )

export type { Token }

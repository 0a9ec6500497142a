// The only module that imports kuromoji. Loads the dictionary from static assets on first use, once per isolate.
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js'
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js'
import { ApiError } from '../errors'
import type { Token, Tokenizer } from './token'

const DICT_BASE = 'https://assets.local/dict/stock/'

async function fetchGz(assets: Fetcher, name: string): Promise<ArrayBuffer> {
  const res = await assets.fetch(new Request(DICT_BASE + name))
  if (!res.ok || !res.body) throw new Error(`dictionary file ${name}: HTTP ${res.status}`)
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
}

async function load(assets: Fetcher): Promise<Tokenizer> {
  const names = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke']
  const b = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await fetchGz(assets, `${n}.dat.gz`)] as const)))
  const dic = new DynamicDictionaries()
  dic.loadTrie(new Int32Array(b.base!), new Int32Array(b.check!))
  dic.loadTokenInfoDictionaries(new Uint8Array(b.tid!), new Uint8Array(b.tid_pos!), new Uint8Array(b.tid_map!))
  dic.loadConnectionCosts(new Int16Array(b.cc!))
  dic.loadUnknownDictionaries(
    new Uint8Array(b.unk!), new Uint8Array(b.unk_pos!), new Uint8Array(b.unk_map!),
    new Uint8Array(b.unk_char!), new Uint32Array(b.unk_compat!), new Uint8Array(b.unk_invoke!),
  )
  const tokenizer = new KuromojiTokenizer(dic)
  return { tokenize: (text: string) => tokenizer.tokenize(text) as Token[] }
}

let pending: Promise<Tokenizer> | undefined

// Memoised per isolate; a failed load is not cached, so the next request retries (STYLE.md).
export function getTokenizer(assets: Fetcher): Promise<Tokenizer> {
  pending ??= load(assets).catch((e: unknown) => {
    pending = undefined
    throw new ApiError(503, 'tokenizer_unavailable', 'The Japanese tokenizer could not be loaded; try again.', undefined, { 'Retry-After': '1' })
  })
  return pending
}

// Test hook: forget the memoised tokenizer so a test can exercise the first-load path again.
export function resetTokenizerForTest(): void {
  pending = undefined
}

// The Worker's tokenizer inside workerd: the compact dictionary from ASSETS gives stock kuromoji's tokens (stored hashes).
import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../src/errors'
import type { Token } from '../src/nlp/token'
import { getTokenizer, resetTokenizerForTest } from '../src/nlp/tokenizer'
import { AnalyzeResponse } from '../src/schemas/analyze'
import expected from './fixtures/expected-tokens.json'
import { postJson } from './support/worker'

const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS

async function tokenHash(tokens: Token[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(tokens)))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

// An ASSETS stand-in that counts dictionary fetches and can fail the first ones.
function countingAssets(failFirst = 0) {
  const seen: string[] = []
  const fetcher = {
    fetch: (req: Request) => {
      seen.push(new URL(req.url).pathname)
      if (seen.length <= failFirst) return Promise.resolve(new Response('unavailable', { status: 500 }))
      return assets.fetch(req)
    },
  } as unknown as Fetcher
  return { fetcher, seen }
}

afterEach(() => resetTokenizerForTest())

describe('tokenizer in workerd', () => {
  it(`tokenises ${expected.texts.length} texts exactly as stock kuromoji did`, async () => {
    const tokenizer = await getTokenizer(assets)
    const wrong: string[] = []
    for (const [i, text] of expected.texts.entries()) if ((await tokenHash(tokenizer.tokenize(text))) !== expected.sha256[i]) wrong.push(text)
    expect(wrong).toEqual([])
    expect(expected.full.map((_, i) => tokenizer.tokenize(expected.texts[i]!))).toEqual(expected.full)
  })

  it('reads base forms and readings from the compact dictionary', async () => {
    const tokens = (await getTokenizer(assets)).tokenize('注文を取り消してください😀')
    expect(tokens.map((t) => t.basic_form)).toEqual(['注文', 'を', '取り消す', 'て', 'くださる', '*'])
    expect(tokens[2]).toMatchObject({ surface_form: '取り消し', pos: '動詞', reading: 'トリケシ', word_type: 'KNOWN', word_position: 4 })
    expect(tokens[5]).toMatchObject({ surface_form: '😀', word_type: 'UNKNOWN', pos: '記号' })
  })

  it('tokenises what stock kuromoji would throw on (U+0000, a lone high surrogate) without moving offsets', async () => {
    const text = '返品\u0000したい\ud800です'
    const tokens = (await getTokenizer(assets)).tokenize(text)
    expect(tokens.map((t) => t.surface_form).join('')).toBe('返品\ufffdしたい\ufffdです')
    for (const t of tokens) expect(text.slice(t.word_position - 1, t.word_position - 1 + t.surface_form.length)).toBe(t.surface_form.replace('\ufffd', text[t.word_position - 1]!))
  })

  it('answers /api/analyze for Japanese text holding U+0000 and a lone surrogate (stock kuromoji would throw: a 500)', async () => {
    const res = await postJson('/api/analyze', { text: '注文\u0000をキャンセル\ud83dしたいです', lang: 'ja' })
    expect(res.status).toBe(200)
    expect(AnalyzeResponse.parse(await res.json()).language).toBe('ja')
  })

  it('loads once per isolate even when many first requests arrive together', async () => {
    const { fetcher, seen } = countingAssets()
    const all = await Promise.all(Array.from({ length: 10 }, () => getTokenizer(fetcher)))
    expect(new Set(all).size).toBe(1)
    expect(seen.filter((p) => p === '/dict/meta.json')).toHaveLength(1)
  })

  it('answers 503 tokenizer_unavailable on a failed load and retries on the next call', async () => {
    const { fetcher, seen } = countingAssets(1)
    const err = await getTokenizer(fetcher).then(() => null, (e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ status: 503, code: 'tokenizer_unavailable' })
    const before = seen.length
    const tokens = (await getTokenizer(fetcher)).tokenize('返品したいです')
    expect(seen.length).toBeGreaterThan(before) // not cached: the second call fetched again
    expect(tokens.map((t) => t.surface_form)).toEqual(['返品', 'し', 'たい', 'です'])
  })
})

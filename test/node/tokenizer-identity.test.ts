/// <reference types="node" />
// The identity gate (issue 3): the compact dictionary must tokenise exactly like stock kuromoji, field for field.
import { beforeAll, describe, expect, it } from 'vitest'
import type { KuromojiDictionaries } from '../../src/nlp/dict/load-dictionary'
import type { Tokenizer } from '../../src/nlp/token'
import { identityCorpus } from './support/corpus'
import { loadCompactDictionaries, loadCompactTokenizer, loadStockTokenizer, type StockTokenizer } from './support/tokenizers'

let stock: StockTokenizer
let compact: Tokenizer
let dic: KuromojiDictionaries

beforeAll(async () => {
  ;[stock, compact, dic] = await Promise.all([loadStockTokenizer(), loadCompactTokenizer(), loadCompactDictionaries()])
}, 120_000)

const outcome = (t: Tokenizer, text: string): string => {
  try {
    return JSON.stringify(t.tokenize(text))
  } catch (e) {
    return `throws ${(e as Error).name}`
  }
}

describe('compact tokenizer = stock kuromoji', () => {
  it('gives identical tokens on at least 5,000 texts', () => {
    const corpus = identityCorpus()
    const texts = corpus.flatMap((c) => c.texts)
    const mismatches: string[] = []
    let tokens = 0
    let throwing = 0
    for (const text of texts) {
      const want = outcome(stock, text)
      const got = outcome(compact, text)
      if (got !== want) mismatches.push(`${JSON.stringify(text)}\n  stock:   ${want.slice(0, 400)}\n  compact: ${got.slice(0, 400)}`)
      else if (want.startsWith('throws')) throwing++
      else tokens += (JSON.parse(want) as unknown[]).length
    }
    console.log(`identity: ${texts.length} texts (${corpus.map((c) => `${c.name} ${c.texts.length}`).join(', ')}), ${tokens} tokens, ${throwing} rejected by both`)
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(texts.length).toBeGreaterThanOrEqual(5000)
    expect(tokens).toBeGreaterThan(100_000)
    expect(throwing).toBe(0) // generated texts avoid what kuromoji rejects; that is tested below
  })

  it('fails the same way on what stock kuromoji rejects: a lone high surrogate, U+0000', () => {
    for (const text of ['壊れた\ud800文字', '末尾\udbff', '\ud83d、です', '\u0000', 'NUL\u0000文字', '先頭、\u0000']) {
      expect(() => stock.tokenize(text)).toThrow(TypeError)
      expect(() => compact.tokenize(text)).toThrow(TypeError)
    }
    expect(outcome(compact, '正しい😀絵文字')).toBe(outcome(stock, '正しい😀絵文字'))
  })
})

describe('compact dictionary = stock dictionary', () => {
  it('keeps every word: feature line, left id, right id and cost', () => {
    const s = stock.token_info_dictionary
    const records = s.dictionary.buffer.length / 10
    let checked = 0
    for (let id = 0; id < s.dictionary.buffer.length; id += 10) {
      if (s.dictionary.getInt(id + 6) === 0 && id > 0) break // the zero padding after the last word
      for (const o of [0, 2, 4]) if (dic.token_info_dictionary.getShort(id + o) !== s.dictionary.getShort(id + o)) throw new Error(`word ${id} short +${o}`)
      if (dic.token_info_dictionary.getFeatures(String(id)) !== s.getFeatures(String(id))) throw new Error(`word ${id} features`)
      checked++
    }
    expect(checked).toBe(392_126)
    expect(records).toBeGreaterThan(checked) // stock keeps a doubling buffer's padding
  })

  it('finds the same words for every surface, with the same word ids in the same order', () => {
    const s = stock.token_info_dictionary
    const trie = stock.viterbi_builder.trie
    const surfaces = new Set<string>()
    for (let id = 0; surfaces.size < 325_871 && id < s.dictionary.buffer.length; id += 10) surfaces.add(s.getFeatures(String(id)).split(',')[0]!)
    let n = 0
    for (const surface of surfaces) {
      const want = trie.commonPrefixSearch(surface).map((m: { k: string; v: number }) => `${m.k}:${s.target_map[m.v].join(' ')}`)
      const got = dic.trie.commonPrefixSearch(surface).map((m) => `${m.k}:${dic.token_info_dictionary.target_map[m.v]!.join(' ')}`)
      if (got.join('|') !== want.join('|')) throw new Error(`surface ${surface}: ${got} ≠ ${want}`)
      n++
    }
    expect(n).toBe(325_871)
  })

  it('keeps the character classes and unknown-word entries', () => {
    const s = stock.unknown_dictionary
    const c = dic.unknown_dictionary as typeof s
    const cls = (x: { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number; max_length: number }) =>
      `${x.class_id} ${x.class_name} ${x.is_always_invoke} ${x.is_grouping} ${x.max_length}`
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code)
      if (cls(c.lookup(ch)) !== cls(s.lookup(ch))) throw new Error(`class of U+${code.toString(16)}`)
      if (c.lookupCompatibleCategory(ch).map(cls).join() !== s.lookupCompatibleCategory(ch).map(cls).join()) throw new Error(`compatible classes of U+${code.toString(16)}`)
    }
    expect(cls(c.lookup('😀'))).toBe(cls(s.lookup('😀')))
    expect(c.character_definition.invoke_definition_map.map).toHaveLength(11) // stock: ~150,000 padding classes
    expect(JSON.stringify(c.target_map)).toBe(JSON.stringify(s.target_map))
    for (const ids of Object.values(s.target_map) as number[][])
      for (const id of ids) expect([c.getFeatures(id), c.dictionary.getShort(id), c.dictionary.getShort(id + 2), c.dictionary.getShort(id + 4)]).toEqual([s.getFeatures(id), s.dictionary.getShort(id), s.dictionary.getShort(id + 2), s.dictionary.getShort(id + 4)])
  })
})

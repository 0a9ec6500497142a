// kuromoji's trie and TokenInfoDictionary in one duck-typed object over typed arrays: what ViterbiBuilder reads.
import { sortedIndexOf } from '../sorted-index'
import {
  INFO_BASIC_DIFFERS, INFO_CLASS_MASK, INFO_CLASS_SHIFT, INFO_PRON_DIFFERS, KANA_BASE, LEAF_COUNT_BITS, LEAF_COUNT_MASK,
  REF_KANA, REF_LEN_BITS, REF_LEN_MASK, REF_OFFSET_MASK, TID_RECORD_BYTES,
} from './layout'

export type LexiconArrays = {
  trieBase: Int32Array
  trieCheck: Int32Array
  wordIds: Int32Array
  wordInfo: Uint32Array
  wordSurface: Uint32Array
  wordReading: Uint32Array
  wordExtra: Uint32Array
  pronRecords: Uint32Array
  pronRefs: Uint32Array
  strings: Uint16Array
  kana: Uint8Array
  classLeft: Int16Array
  classRight: Int16Array
  posTuples: string[] // indexed by class, not by POS id
}

type Match = { k: string; v: number }

// Katakana U+30A0..U+30FF as one-character strings, indexed by the `kana` pool's bytes.
const KANA = Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(KANA_BASE + i))

export class CompactLexicon {
  // ViterbiBuilder reads target_map[v] right after commonPrefixSearch; v is the match's slot, valid until the next search.
  readonly target_map: (Int32Array | undefined)[] = []
  readonly dictionary = { getShort: (offset: number) => this.getShort(offset) }
  private readonly matches: Match[] = []
  private readonly keyBytes = new Uint8Array(256)

  constructor(private readonly a: LexiconArrays) {}

  // doublearray's commonPrefixSearch walked over UTF-8 bytes as they are produced, stopping at the first miss.
  commonPrefixSearch(key: string): Match[] {
    const { trieBase: base, trieCheck: check, wordIds } = this.a
    const size = check.length
    const found = this.matches
    let n = 0
    let node = 0
    let i = 0
    while (i < key.length) {
      let cp = key.charCodeAt(i++)
      if (cp >= 0xd800 && cp <= 0xdbff) cp = ((cp - 0xd800) << 10) + (key.charCodeAt(i++) - 0xdc00) + 0x10000 // a valid pair: tokenize() rejects lone high surrogates first
      node = this.walk(node, cp)
      if (node < 0) break
      const leaf = base[node]! // terminal code 0
      if (leaf < size && check[leaf] === node) {
        const v = -base[leaf]! - 1
        const start = v >>> LEAF_COUNT_BITS
        // v < 0: the root's self-loop on U+0000, where stock finds trie id -1 and has no words for it.
        this.target_map[n] = v < 0 ? undefined : wordIds.subarray(start, start + (v & LEAF_COUNT_MASK))
        const m = (found[n] ??= { k: '', v: 0 })
        m.k = key.slice(0, i)
        m.v = n++
      }
    }
    found.length = n
    return found
  }

  // One code point's UTF-8 bytes from `node`; -1 when the trie has no such path.
  private walk(node: number, cp: number): number {
    if (cp < 0x80) return this.child(node, cp)
    if (cp < 0x800) return this.child(this.child(node, (cp >>> 6) | 0xc0), (cp & 0x3f) | 0x80)
    if (cp < 0x10000) return this.child(this.child(this.child(node, (cp >>> 12) | 0xe0), ((cp >> 6) & 0x3f) | 0x80), (cp & 0x3f) | 0x80)
    const n = this.child(this.child(node, (cp >>> 18) | 0xf0), ((cp >> 12) & 0x3f) | 0x80)
    return this.child(this.child(n, ((cp >> 6) & 0x3f) | 0x80), (cp & 0x3f) | 0x80)
  }

  private child(node: number, byte: number): number {
    if (node < 0) return -1
    const c = this.a.trieBase[node]! + byte
    return c < this.a.trieCheck.length && this.a.trieCheck[c] === node ? c : -1
  }

  // tid.dat's 10-byte record: left id, right id, cost (int16 each) at word_id + 0, 2, 4.
  getShort(offset: number): number {
    const r = (offset / TID_RECORD_BYTES) | 0
    const info = this.a.wordInfo[r]!
    switch (offset - r * TID_RECORD_BYTES) {
      case 0: return this.a.classLeft[(info >>> INFO_CLASS_SHIFT) & INFO_CLASS_MASK]!
      case 2: return this.a.classRight[(info >>> INFO_CLASS_SHIFT) & INFO_CLASS_MASK]!
      case 4: return (info << 16) >> 16
      default: throw new RangeError(`compact lexicon keeps no short at word offset ${offset}`)
    }
  }

  // The stock feature line "surface,pos,d1,d2,d3,ctype,cform,basic,reading,pronunciation", rebuilt from references.
  getFeatures(wordId: string | number): string {
    const id = parseInt(wordId as string)
    if (isNaN(id)) return ''
    const r = id / TID_RECORD_BYTES
    const info = this.a.wordInfo[r]
    if (info === undefined) return ''
    const surface = this.key(this.a.wordSurface[r]!)
    const reading = this.str(this.a.wordReading[r]!)
    const basic = info & INFO_BASIC_DIFFERS ? this.key(this.a.wordExtra[r]!) : surface
    const pron = !(info & INFO_PRON_DIFFERS) ? reading : info & INFO_BASIC_DIFFERS ? this.str(this.pronRef(r)) : this.str(this.a.wordExtra[r]!)
    const pos = this.a.posTuples[(info >>> INFO_CLASS_SHIFT) & INFO_CLASS_MASK]
    return `${surface},${pos},${basic},${reading},${pron}`
  }

  private str(ref: number): string {
    const off = (ref >>> REF_LEN_BITS) & REF_OFFSET_MASK
    const end = off + (ref & REF_LEN_MASK)
    let s = ''
    if (ref & REF_KANA) for (let i = off; i < end; i++) s += KANA[this.a.kana[i]!]
    else for (let i = off; i < end; i++) s += String.fromCharCode(this.a.strings[i]!)
    return s
  }

  // A trie key read back from its leaf: each node's byte is its index minus its parent's base (check = parent).
  private key(leaf: number): string {
    const { trieBase: base, trieCheck: check } = this.a
    const bytes = this.keyBytes
    let end = bytes.length
    for (let node = check[leaf]!; node !== 0; ) {
      const parent = check[node]!
      bytes[--end] = node - base[parent]!
      node = parent
    }
    let s = ''
    for (let i = end; i < bytes.length; ) {
      const b = bytes[i++]!
      if (b < 0x80) s += String.fromCharCode(b)
      else if (b < 0xe0) s += String.fromCharCode(((b & 0x1f) << 6) | (bytes[i++]! & 0x3f))
      else if (b < 0xf0) s += String.fromCharCode(((b & 0x0f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f))
      else s += String.fromCodePoint(((b & 0x07) << 18) | ((bytes[i++]! & 0x3f) << 12) | ((bytes[i++]! & 0x3f) << 6) | (bytes[i++]! & 0x3f))
    }
    return s
  }

  // Words whose basic form and pronunciation both differ keep the pronunciation in a sorted side table.
  private pronRef(r: number): number {
    const i = sortedIndexOf(this.a.pronRecords, r)
    if (i >= 0) return this.a.pronRefs[i]!
    throw new RangeError(`no pronunciation stored for word ${r * TID_RECORD_BYTES}`)
  }
}

// Turns kuromoji's stock dictionary (node_modules/kuromoji/dict/*.dat.gz) into the compact layout in public/dict/.
/// <reference types="node" />
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import {
  DICT_FILES, DICT_VERSION, INFO_BASIC_DIFFERS, INFO_CLASS_SHIFT, INFO_PRON_DIFFERS, KANA_BASE, KANA_LAST, LEAF_COUNT_BITS,
  LEAF_COUNT_MASK, META_FILE, REF_KANA, REF_LEN_BITS, REF_LEN_MASK, REF_OFFSET_MASK, SECTIONS, TID_RECORD_BYTES, type DictMeta, type SectionName, type SectionPlace,
} from '../src/nlp/dict/layout'

const require = createRequire(import.meta.url)
const SRC = join(dirname(require.resolve('kuromoji/package.json')), 'dict')
const OUT = 'public/dict'
const INPUTS = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke']

function fail(msg: string): never {
  throw new Error(`build-dict: ${msg}`)
}

// Skip when every output is newer than every input (the step runs on each npm test / npm start).
function upToDate(): boolean {
  const outs = [META_FILE, ...DICT_FILES].map((f) => join(OUT, f))
  if (!outs.every(existsSync)) return false
  const oldestOut = Math.min(...outs.map((f) => statSync(f).mtimeMs))
  const ins = [...INPUTS.map((n) => join(SRC, `${n}.dat.gz`)), 'scripts/build-dict.ts', 'src/nlp/dict/layout.ts']
  return ins.every((f) => statSync(f).mtimeMs < oldestOut)
}

const read = (name: string): Uint8Array => gunzipSync(readFileSync(join(SRC, `${name}.dat.gz`)))
const view = <T>(C: new (b: ArrayBufferLike, o: number, l: number) => T, b: Uint8Array, bytesPer: number): T =>
  new C(b.buffer, b.byteOffset, b.byteLength / bytesPer)

// Stock buffers are whole doubling buffers; the real data ends at the last non-zero byte (rounded to a record).
function trimZeros(b: Uint8Array, unit: number, keepTerminator = false): Uint8Array {
  let end = b.length
  while (end > 0 && b[end - 1] === 0) end--
  if (keepTerminator) end += 1
  return b.slice(0, Math.min(b.length, Math.ceil(end / unit) * unit))
}

function buildTrie(groups: Map<number, { start: number; count: number }>) {
  const base = view(Int32Array, read('base'), 4)
  const check = view(Int32Array, read('check'), 4)
  let last = check.length - 1
  while (last > 0 && check[last]! < 0) last--
  const b = base.slice(0, last + 2) // doublearray's own shrink keeps one unused node past the last used one
  const c = check.slice(0, last + 2)
  let leaves = 0
  for (let node = 1; node < c.length; node++) {
    const parent = c[node]!
    if (parent < 0 || node - b[parent]! !== 0) continue // a leaf is the child reached by the terminal code 0
    const v = -b[node]! - 1
    const g = groups.get(v) ?? fail(`trie leaf ${node} holds trie id ${v}, which tid_map does not list`)
    b[node] = -((g.start << LEAF_COUNT_BITS) | g.count) - 1
    leaves++
  }
  if (leaves !== groups.size) fail(`trie has ${leaves} leaves but tid_map ${groups.size} surfaces`)
  const encoder = new TextEncoder()
  // The leaf node of a key: its UTF-8 bytes from the root, then the terminal code 0.
  const leafOf = (key: string): number => {
    let node = 0
    for (const byte of [...encoder.encode(key), 0]) {
      const child = b[node]! + byte
      if (child >= c.length || c[child] !== node) fail(`"${key}" is not a key of the trie`)
      node = child
    }
    return node
  }
  return { trieBase: b, trieCheck: c, leafOf }
}

// tid_map: count, then (trie id, n, n × token_info_id) — kept in file order, as kuromoji's loadTargetMap does.
function readTargetMap() {
  const m = read('tid_map')
  const dv = new DataView(m.buffer, m.byteOffset, m.byteLength)
  const keys = dv.getInt32(0, true)
  const groups = new Map<number, { start: number; count: number }>()
  const ids: number[] = []
  let p = 4
  for (let k = 0; k < keys; k++) {
    const key = dv.getInt32(p, true)
    const n = dv.getInt32(p + 4, true)
    p += 8
    if (n > LEAF_COUNT_MASK || groups.has(key)) fail(`tid_map key ${key}: ${n} entries or duplicate`)
    groups.set(key, { start: ids.length, count: n })
    for (let i = 0; i < n; i++, p += 4) ids.push(dv.getInt32(p, true))
  }
  for (; p < m.length; p++) if (m[p] !== 0) fail('tid_map has data after its declared keys')
  return { groups, wordIds: Int32Array.from(ids) }
}

function buildLexicon(leafOf: (key: string) => number) {
  const tid = read('tid')
  const records = trimZeros(tid, TID_RECORD_BYTES).length / TID_RECORD_BYTES
  const tdv = new DataView(tid.buffer, tid.byteOffset, tid.byteLength)
  const posBuf = read('tid_pos')
  const decoder = new TextDecoder()
  const refs = new Map<string, number>()
  const wide: string[] = [], kana: string[] = []
  let wideLen = 0, kanaLen = 0
  const isKana = (s: string) => [...s].every((ch) => ch.charCodeAt(0) >= KANA_BASE && ch.charCodeAt(0) <= KANA_LAST)
  const ref = (s: string): number => {
    let r = refs.get(s)
    if (r === undefined) {
      if (s.length > REF_LEN_MASK) fail(`feature "${s}" is longer than ${REF_LEN_MASK}`)
      if (isKana(s)) r = ((kanaLen << REF_LEN_BITS) | s.length | REF_KANA) >>> 0, kana.push(s), (kanaLen += s.length)
      else r = (wideLen << REF_LEN_BITS) | s.length, wide.push(s), (wideLen += s.length)
      refs.set(s, r)
    }
    return r
  }
  const classes = new Map<string, number>()
  const posTuples = new Map<string, number>()
  const classLeft: number[] = [], classRight: number[] = [], classPos: number[] = []
  const wordInfo = new Uint32Array(records), wordSurface = new Uint32Array(records)
  const wordReading = new Uint32Array(records), wordExtra = new Uint32Array(records)
  const pronRecords: number[] = [], pronRefs: number[] = []
  for (let r = 0; r < records; r++) {
    const o = r * TID_RECORD_BYTES
    const left = tdv.getInt16(o, true), right = tdv.getInt16(o + 2, true), cost = tdv.getInt16(o + 4, true)
    const posId = tdv.getInt32(o + 6, true)
    const end = posBuf.indexOf(0, posId)
    const f = decoder.decode(posBuf.subarray(posId, end)).split(',')
    if (f.length !== 10) fail(`word ${o}: ${f.length} features, expected 10`)
    const [surface, , , , , , , basic, reading, pron] = f as [string, string, string, string, string, string, string, string, string, string]
    const tuple = f.slice(1, 7).join(',')
    let pos = posTuples.get(tuple)
    if (pos === undefined) posTuples.set(tuple, (pos = posTuples.size))
    const ck = `${left},${right},${pos}`
    let cls = classes.get(ck)
    if (cls === undefined) {
      classes.set(ck, (cls = classes.size))
      classLeft.push(left), classRight.push(right), classPos.push(pos)
    }
    const basicDiffers = basic !== surface, pronDiffers = pron !== reading
    wordInfo[r] = ((cost & 0xffff) | (cls << INFO_CLASS_SHIFT) | (basicDiffers ? INFO_BASIC_DIFFERS : 0) | (pronDiffers ? INFO_PRON_DIFFERS : 0)) >>> 0
    wordSurface[r] = leafOf(surface)
    wordReading[r] = ref(reading)
    if (basicDiffers) wordExtra[r] = leafOf(basic)
    if (pronDiffers) {
      if (!basicDiffers) wordExtra[r] = ref(pron)
      else pronRecords.push(r), pronRefs.push(ref(pron))
    }
  }
  if (classes.size > 0x7ff) fail(`${classes.size} context classes do not fit in 11 bits`)
  if (Math.max(wideLen, kanaLen) > REF_OFFSET_MASK) fail('string pools too large for 25-bit offsets')
  const strings = new Uint16Array(wideLen)
  let p = 0
  for (const s of wide) for (let i = 0; i < s.length; i++) strings[p++] = s.charCodeAt(i)
  const kanaBytes = new Uint8Array(kanaLen)
  p = 0
  for (const s of kana) for (let i = 0; i < s.length; i++) kanaBytes[p++] = s.charCodeAt(i) - KANA_BASE
  return {
    arrays: { wordInfo, wordSurface, wordReading, wordExtra, pronRecords: Uint32Array.from(pronRecords), pronRefs: Uint32Array.from(pronRefs), strings, kana: kanaBytes },
    meta: { classLeft, classRight, classPos, posTuples: [...posTuples.keys()] },
    records,
  }
}

function main(): void {
  if (upToDate()) {
    console.log(`build-dict: ${OUT} is up to date`)
    return
  }
  const t0 = performance.now()
  const { groups, wordIds } = readTargetMap()
  const { leafOf, ...trie } = buildTrie(groups)
  const lexicon = buildLexicon(leafOf)
  const arrays: Record<SectionName, ArrayBufferView> = {
    ...trie,
    wordIds,
    ...lexicon.arrays,
    costs: view(Int16Array, read('cc'), 2),
    unk: trimZeros(read('unk'), TID_RECORD_BYTES),
    unkPos: trimZeros(read('unk_pos'), 1, true),
    unkMap: trimZeros(read('unk_map'), 4),
    unkChar: read('unk_char'),
    unkCompat: view(Uint32Array, trimZeros(read('unk_compat'), 4), 4),
    unkInvoke: trimZeros(read('unk_invoke'), 1, true), // the 11 real character classes, not ~150,000 padding ones
  }
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const sections = {} as Record<SectionName, SectionPlace>
  const sizes: string[] = []
  for (const file of DICT_FILES) {
    const parts: Uint8Array[] = []
    let size = 0
    for (const [name, spec] of Object.entries(SECTIONS) as [SectionName, (typeof SECTIONS)[SectionName]][]) {
      if (spec.file !== file) continue
      const a = arrays[name]
      const pad = (8 - (size % 8)) % 8
      if (pad) parts.push(new Uint8Array(pad)), (size += pad)
      sections[name] = { offset: size, length: a.byteLength / (a as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT }
      parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
      size += a.byteLength
    }
    if (size >= 25 * 2 ** 20) fail(`${file} is ${size} bytes; static assets must stay under 25 MiB`)
    writeFileSync(join(OUT, file), Buffer.concat(parts))
    sizes.push(`${file} ${(size / 2 ** 20).toFixed(2)} MiB`)
  }
  const meta: DictMeta = { version: DICT_VERSION, sections, ...lexicon.meta }
  writeFileSync(join(OUT, META_FILE), JSON.stringify(meta))
  console.log(`build-dict: ${lexicon.records} words → ${OUT} (${sizes.join(', ')}) in ${Math.round(performance.now() - t0)} ms`)
}

main()

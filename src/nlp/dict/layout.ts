// The compact dictionary's file layout, shared by the build step (scripts/build-dict.ts) and the loader.
export const DICT_VERSION = 2
export const META_FILE = 'meta.json'
// Binary files; each holds 8-byte-aligned little-endian sections listed in meta.json (README.md beside this file).
// Several files of ≤ 5.2 MiB rather than a few big ones: the Worker fetches them in parallel, so the slowest stream is short.
export const DICT_FILES = ['trie-base.bin', 'trie-check.bin', 'word-costs.bin', 'word-forms.bin', 'word-strings.bin', 'costs.bin', 'unknown.bin'] as const
export type DictFile = (typeof DICT_FILES)[number]

export const SECTION_TYPES = { u8: Uint8Array, i16: Int16Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array } as const
export type SectionType = keyof typeof SECTION_TYPES

export const SECTIONS = {
  trieBase: { file: 'trie-base.bin', type: 'i32' },
  trieCheck: { file: 'trie-check.bin', type: 'i32' },
  wordIds: { file: 'word-costs.bin', type: 'i32' },
  wordInfo: { file: 'word-costs.bin', type: 'u32' },
  wordSurface: { file: 'word-forms.bin', type: 'u32' },
  wordReading: { file: 'word-forms.bin', type: 'u32' },
  wordExtra: { file: 'word-strings.bin', type: 'u32' },
  pronRecords: { file: 'word-strings.bin', type: 'u32' },
  pronRefs: { file: 'word-strings.bin', type: 'u32' },
  strings: { file: 'word-strings.bin', type: 'u16' },
  kana: { file: 'word-strings.bin', type: 'u8' },
  costs: { file: 'costs.bin', type: 'i16' },
  unk: { file: 'unknown.bin', type: 'u8' },
  unkPos: { file: 'unknown.bin', type: 'u8' },
  unkMap: { file: 'unknown.bin', type: 'u8' },
  unkChar: { file: 'unknown.bin', type: 'u8' },
  unkCompat: { file: 'unknown.bin', type: 'u32' },
  unkInvoke: { file: 'unknown.bin', type: 'u8' },
} as const satisfies Record<string, { file: DictFile; type: SectionType }>
export type SectionName = keyof typeof SECTIONS

export type SectionPlace = { offset: number; length: number } // byte offset in its file, length in elements

export type DictMeta = {
  version: number
  sections: Record<SectionName, SectionPlace>
  // Context classes: a word's (left id, right id, POS tuple) — IPADIC has 1,315 distinct ones.
  classLeft: number[]
  classRight: number[]
  classPos: number[]
  posTuples: string[] // "pos,detail1,detail2,detail3,conjugated_type,conjugated_form"
}

// wordInfo bits: cost (int16) | class << 16 | basic≠surface << 27 | pronunciation≠reading << 28.
export const INFO_CLASS_SHIFT = 16
export const INFO_CLASS_MASK = 0x7ff
export const INFO_BASIC_DIFFERS = 1 << 27
export const INFO_PRON_DIFFERS = 1 << 28
// Surfaces and basic forms are trie keys: a word stores its key's leaf node and reads the key back up the trie.
// Readings and pronunciations are references: offset << 6 | length (IPADIC's longest field is 32 code units),
// into `kana` (one byte per katakana, code point - 0x30A0) when bit 31 is set, else into `strings` (UTF-16).
export const REF_LEN_BITS = 6
export const REF_LEN_MASK = (1 << REF_LEN_BITS) - 1
export const REF_KANA = 0x80000000
export const REF_OFFSET_MASK = 0x1ffffff
export const KANA_BASE = 0x30a0
export const KANA_LAST = 0x30ff
// Trie leaves hold -(start << 5 | count) - 1: a slice of wordIds instead of kuromoji's trie id.
export const LEAF_COUNT_BITS = 5
export const LEAF_COUNT_MASK = (1 << LEAF_COUNT_BITS) - 1
// kuromoji's word_id is a byte offset into its tid.dat, 10 bytes per word.
export const TID_RECORD_BYTES = 10

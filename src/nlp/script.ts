// Kana (full and half width) and kanji: the characters that make text Japanese, shared by language detection,
// spellings and the English tokenizer. A literal, so test/node/redos.test.ts checks it.
export const JAPANESE_CHAR = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff]/u

export const isJapaneseChar = (c: string | undefined) => c !== undefined && JAPANESE_CHAR.test(c)

import type { Lang } from '../schemas/analyze'

// Bag-of-n-grams for the learned second opinion (src/nlp/second-opinion.ts); the build trains on the same features.
export type Feature = { key: string; start: number; end: number } // offsets into the normalised text

const EN_WORD = /[a-z][a-z']*|[0-9]+|[?!]/g

// Japanese: character 1–3-grams (no word boundaries to trust); English: words, word pairs and character 4-grams.
export function features(text: string, lang: Lang): Feature[] {
  return lang === 'ja' ? charGrams(text.replace(/\s/g, ' '), [1, 2, 3], '') : englishFeatures(text)
}

function charGrams(text: string, sizes: number[], prefix: string, offset = 0): Feature[] {
  const out: Feature[] = []
  for (const n of sizes) {
    for (let i = 0; i + n <= text.length; i++) out.push({ key: prefix + text.slice(i, i + n), start: offset + i, end: offset + i + n })
  }
  return out
}

function englishFeatures(text: string): Feature[] {
  const words = [...text.matchAll(EN_WORD)].map((m) => ({ key: m[0], start: m.index, end: m.index + m[0].length }))
  const pairs = words.slice(1).map((w, i) => ({ key: `${words[i]!.key} ${w.key}`, start: words[i]!.start, end: w.end }))
  // 4-grams over the words joined by single spaces: spelling variants and word parts (refund/refunded, cancel/cancellation).
  const grams = words.flatMap((w) => charGrams(` ${w.key} `, [4], '#', w.start - 1))
  return [...words, ...pairs, ...grams]
}

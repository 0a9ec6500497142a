import { env as bindings } from 'cloudflare:workers'
import type { Env } from '../src/env'
import { describe, expect, it } from 'vitest'
import enRaw from './corpus/en.jsonl?raw'
import jaRaw from './corpus/ja.jsonl?raw'
import enFreshRaw from './corpus/fresh/en.jsonl?raw'
import jaFreshRaw from './corpus/fresh/ja.jsonl?raw'
import { analyze } from '../src/nlp/analyze'
import { parseJsonl, score, type Got } from './support/score'

const env = bindings as unknown as Env

// The quality gate of issue 2 §5 on the development corpus: macro-F1 ≥ 0.95 per language, no "don't cancel" as cancel.
const run = async (raw: string) => {
  const rows = parseJsonl(raw)
  const got: Got[] = []
  for (const r of rows) {
    const res = await analyze(env.ASSETS, { text: r.text })
    got.push({ intents: res.intents.map((i) => i.type), negated: res.negated.map((i) => i.type) })
  }
  return { rows, got }
}

// The fresh sets (written blind, then tuned on) hold a floor a little under what they score, so a change that
// breaks what they taught fails here.
const sets = [
  ['ja', 'corpus', jaRaw, 0.95], ['en', 'corpus', enRaw, 0.95],
  ['ja', 'corpus/fresh', jaFreshRaw, 0.93], ['en', 'corpus/fresh', enFreshRaw, 0.93],
] as const

describe('detection quality on the labelled development corpus', () => {
  for (const [lang, where, raw, floor] of sets) {
    it(`${where} ${lang}: macro-F1 ≥ ${floor} and no dont-cancel message reported as cancel`, async () => {
      const { rows, got } = await run(raw)
      const s = score(lang, rows, got)
      expect(s.dontCancelAsCancel).toEqual([])
      expect(s.macroF1, s.misses.map((m) => `${m.id} [${m.expected}] got [${m.got}]`).join('\n')).toBeGreaterThanOrEqual(floor)
    }, 120_000)
  }
})

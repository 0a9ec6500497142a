import { env as bindings } from 'cloudflare:workers'
import type { Env } from '../src/env'
import { describe, expect, it } from 'vitest'
import enRaw from './corpus/en.jsonl?raw'
import jaRaw from './corpus/ja.jsonl?raw'
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

describe('detection quality on the labelled development corpus', () => {
  for (const [lang, raw] of [['ja', jaRaw], ['en', enRaw]] as const) {
    it(`${lang}: macro-F1 ≥ 0.95 and no dont-cancel message reported as cancel`, async () => {
      const { rows, got } = await run(raw)
      const s = score(lang, rows, got)
      expect(s.dontCancelAsCancel).toEqual([])
      expect(s.macroF1, s.misses.map((m) => `${m.id} [${m.expected}] got [${m.got}]`).join('\n')).toBeGreaterThanOrEqual(0.95)
    }, 120_000)
  }
})

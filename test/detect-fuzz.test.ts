import { env as bindings } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Env } from '../src/env'
import { analyze } from '../src/nlp/analyze'
import { AnalyzeResponse } from '../src/schemas/analyze'

const env = bindings as unknown as Env

// Any text — half-width kana, emoji, combining marks, keywords in odd places — yields a valid response whose
// evidence indexes the text exactly as sent (issue 2 §3).
const pieces = ['ｷｬﾝｾﾙ', 'キャンセル', 'しないで', '返品', '住所', '変更', 'ｶﾞ', '㍻', '😢', 'e\u0301', 'cancle', "don't",
  'cancel', 'refund', 'address', '。', '\n', 'ください', 'たい', 'not', '。！', 'ＣＡＮＣＥＬ', 'きゃんせる', ' ']
const message = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0)

describe('detection on arbitrary text', () => {
  it('returns schema-valid results with exact evidence offsets', async () => {
    await fc.assert(fc.asyncProperty(message, fc.constantFrom('ja', 'en', undefined), async (text, lang) => {
      const res = AnalyzeResponse.parse(await analyze(env.ASSETS, { text, ...(lang ? { lang } : {}) }))
      for (const i of [...res.intents, ...res.negated]) {
        for (const e of i.evidence) expect(text.slice(e.start, e.end)).toBe(e.text)
      }
      const types = res.intents.map((i) => i.type)
      expect(res.negated.every((n) => !types.includes(n.type))).toBe(true)
    }), { numRuns: 150 })
  }, 60_000)
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AnalyzeResponse } from '../src/schemas/analyze'
import { postJson } from './support/worker'

// Characters buyers (and attackers) actually send: controls, NUL, RTL marks, lone surrogates, ZWJ emoji, half-width kana.
const nasty = fc.constantFrom(
  '\u0000', '\u0007', '\u202e', '\u200f', '\ud800', '\udfff', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
  'ｷｬﾝｾﾙ', 'キャンセル', '返品', '住所', 'cancel', '\r\n', '\t', '{{constructor}}', '<script>',
)
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nasty), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter((s) => s.length >= 1 && s.length <= 20000)

async function checkOffsets(sent: string, res: Response) {
  expect(res.status).toBe(200)
  const body = AnalyzeResponse.parse(await res.json())
  for (const intent of [...body.intents, ...body.negated]) {
    for (const ev of intent.evidence) {
      expect(ev.start).toBeLessThanOrEqual(ev.end)
      expect(ev.end).toBeLessThanOrEqual(sent.length)
      expect(sent.slice(ev.start, ev.end)).toBe(ev.text)
    }
  }
}

describe('analyze under random input', () => {
  it('answers 200 with valid evidence offsets for any text', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(undefined, 'ja' as const, 'en' as const), async (t, lang) => {
        // JSON.stringify turns lone surrogates into \\ud800 escapes, so the Worker sees exactly `t`.
        await checkOffsets(t, await postJson('/api/analyze', { text: t, lang }))
      }),
      { numRuns: 150 },
    )
  })

  it('answers 200 for a 20,000-character message', async () => {
    const long = 'お世話になっております。注文をキャンセルしたいです。\n'.repeat(800).slice(0, 20000)
    await checkOffsets(long, await postJson('/api/analyze', { text: long }))
  })

  it('answers only documented 4xx for wrong JSON shapes, never 5xx', async () => {
    const bodies = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ text: fc.anything(), lang: fc.anything() }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.nat({ max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
      fc.constant('{"text":"a","text":"キャンセル"}'),
      fc.constant('{"text":"a","lang":"ja","extra":1e309}'),
    )
    await fc.assert(
      fc.asyncProperty(bodies, async (raw) => {
        const res = await postJson('/api/analyze', raw)
        expect([200, 400, 413]).toContain(res.status)
        if (res.status !== 200) {
          const body = (await res.json()) as { error: { code: string; message: string } }
          expect(typeof body.error.code).toBe('string')
          expect(typeof body.error.message).toBe('string')
        } else {
          AnalyzeResponse.parse(await res.json())
        }
      }),
      { numRuns: 200 },
    )
  })
})

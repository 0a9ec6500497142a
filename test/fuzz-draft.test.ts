import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { draftFromAnalysis, MAX_REPLY_CHARS } from '../src/reply/draft-reply'
import { IntentType } from '../src/schemas/analyze'
import { DraftResponse, OrderStatus } from '../src/schemas/draft'
import { postJson } from './support/worker'

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
const order = fc.record({
  status: maybe(fc.constantFrom(...OrderStatus.options)),
  fulfillment: maybe(fc.constantFrom('merchant' as const, 'amazon' as const)),
  buyerRequestedCancel: maybe(fc.boolean()),
  latestShipDate: maybe(day.map((d) => d.toISOString().slice(0, 10))),
  buyerName: maybe(fc.string({ maxLength: 60 })),
  marketplace: maybe(fc.constantFrom('JP' as const, 'US' as const)),
})
const request = fc.record({
  message: fc.constant('x'),
  lang: maybe(fc.constantFrom('ja' as const, 'en' as const)),
  receivedAt: maybe(day.map((d) => d.toISOString())),
  order: maybe(order),
  deadline: maybe(fc.record({ days: maybe(fc.integer({ min: 1, max: 14 })), businessDays: maybe(fc.boolean()) })),
  seller: maybe(fc.record({ storeName: maybe(fc.string({ maxLength: 40 })), signature: maybe(fc.string({ maxLength: 80 })) })),
})
const intents = fc.subarray([...IntentType.options])

describe('drafting under random facts', () => {
  it('always answers the response schema; deadlines are never before the day received nor on/after the ship date', () => {
    fc.assert(
      fc.property(request, intents, fc.constantFrom('ja' as const, 'en' as const), (req, types, language) => {
        const out = DraftResponse.parse(
          draftFromAnalysis({ language, intents: types.map((type) => ({ type, confidence: 1, evidence: [] })), negated: [] }, req, new Date('2026-11-24T01:00:00Z')),
        )
        expect(out.reply === null).toBe(out.action.code === 'no_intent')
        if (out.reply) {
          expect(out.reply.body.length).toBeLessThanOrEqual(MAX_REPLY_CHARS)
          expect(out.reply.body).not.toMatch(/キャンセルいたしました|we have cancell?ed/i)
        }
        if (out.deadline) {
          const received = (req.receivedAt ?? '2026-11-24').slice(0, 10)
          // The UTC date is at most a day off the marketplace's (Tokyo ahead, Los Angeles behind): one day of slack.
          const shift = (d: string, n: number) => new Date(Date.parse(d) + n * 86400000).toISOString().slice(0, 10)
          expect(out.deadline.date >= shift(received, -1)).toBe(true)
          const ship = req.order?.latestShipDate
          if (ship && ship > shift(received, 1)) expect(out.deadline.date < ship).toBe(true)
          expect(out.reply?.body).toContain(out.deadline.display)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never answers 5xx through the Worker', async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.constantFrom('注文をキャンセルしたいです', 'Please cancel my order.', '住所を変更したい', 'I want to return this, it is broken.'), async (req, message) => {
        const res = await postJson('/api/draft', { ...req, message })
        expect(res.status).toBe(200)
        DraftResponse.parse(await res.json())
      }),
      { numRuns: 40 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { checkReply } from '../src/checker/check-reply'
import { DraftResponse } from '../src/schemas/draft'
import { SCENARIOS } from '../src/training/bank.gen'
import { checkerSituation, isDecidable } from '../src/training/outcomes'
import { Topic } from '../src/training/scenario-data'
import { postJson } from './support/worker'

const decidable = SCENARIOS.filter((s) => isDecidable(s.expected))

// Needs drafting (draft branch) and real detection (detect branch); until both are merged these report as skipped.
let ready: boolean | undefined
async function draftReady(): Promise<boolean> {
  if (ready === undefined) {
    const res = await postJson('/api/draft', { message: 'Please cancel my order.' })
    ready = res.status === 200 && DraftResponse.parse(await res.json()).action.code !== 'no_intent'
  }
  return ready
}

const draft = async (s: (typeof SCENARIOS)[number]) => {
  const res = await postJson('/api/draft', { message: s.message, order: s.order, receivedAt: s.receivedAt, lang: s.lang })
  expect(res.status).toBe(200)
  return DraftResponse.parse(await res.json())
}

describe('scenario bank', () => {
  it('holds at least 50 scenarios, every topic in Japanese and in English', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(50)
    for (const topic of Topic.options) {
      for (const lang of ['ja', 'en'] as const) {
        expect(SCENARIOS.some((s) => s.topic === topic && s.lang === lang), `${topic}/${lang}`).toBe(true)
      }
    }
  })

  it('covers every row of the decision matrix (every ActionCode) in both languages', () => {
    const codes = ['request_official_cancel', 'cancel_buyer_requested', 'pending_order', 'amazon_fulfilled', 'already_shipped_return', 'already_canceled', 'address_change_reorder', 'address_change_in_transit', 'return_request', 'no_intent']
    for (const code of codes) for (const lang of ['ja', 'en']) expect(decidable.some((s) => s.expected === code && s.lang === lang), `${code}/${lang}`).toBe(true)
  })

  it('offers a tempting wrong move in every scenario, and the pitfalls each appear', () => {
    for (const s of SCENARIOS) expect(s.choices.length, s.id).toBeGreaterThanOrEqual(3)
    for (const pitfall of ['cancel_from_message', 'ask_buyer_to_request_cancel', 'ship_pending_order', 'ship_to_message_address']) {
      expect(SCENARIOS.some((s) => s.choices.includes(pitfall as never)), pitfall).toBe(true)
    }
  })

  it("the bank's own model replies pass the reply checker for their situation", () => {
    for (const s of SCENARIOS.filter((x) => x.model_reply)) {
      const errors = checkReply(s.model_reply!, {
        situation: checkerSituation(s.expected),
        latestShipDate: s.order.latestShipDate,
        buyerLang: s.lang,
        now: new Date(s.receivedAt),
      }).filter((f) => f.severity === 'error')
      expect(errors, s.id).toEqual([])
    }
  })
})

describe('the bank and the engine agree', () => {
  for (const s of decidable) {
    it(`${s.id}: /api/draft decides ${s.expected}`, async (ctx) => {
      if (!(await draftReady())) return ctx.skip()
      expect((await draft(s)).action.code).toBe(s.expected)
    })
  }

  it("the engine's model replies pass the reply checker for every decidable scenario", async (ctx) => {
    if (!(await draftReady())) return ctx.skip()
    for (const s of decidable) {
      const d = await draft(s)
      if (!d.reply) continue
      const errors = checkReply(d.reply.body, { situation: s.expected as never, latestShipDate: s.order.latestShipDate, buyerLang: s.lang, now: new Date(s.receivedAt) })
      expect(errors.filter((f) => f.severity === 'error'), s.id).toEqual([])
    }
  })
})

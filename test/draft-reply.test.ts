import { describe, expect, it } from 'vitest'
import { draftFromAnalysis, MAX_REPLY_CHARS } from '../src/reply/draft-reply'
import type { AnalyzeResponse, IntentType, Lang } from '../src/schemas/analyze'
import type { DraftRequest } from '../src/schemas/draft'

const said = (language: Lang, ...types: IntentType[]): AnalyzeResponse => ({
  language,
  intents: types.map((type) => ({ type, confidence: 1, evidence: [] })),
  negated: [],
})
const NOW = new Date('2026-11-24T01:00:00Z')
const req = (r: Partial<DraftRequest> = {}): DraftRequest => ({ message: 'x', receivedAt: '2026-11-24T10:00:00+09:00', ...r })

describe('staff texts', () => {
  it('name the Seller Central screens and the cancel reason, in Japanese', () => {
    const out = draftFromAnalysis(said('ja', 'cancel'), req({ order: { status: 'unshipped', id: '503-1234567-1234567' } }), NOW)
    const staff = [out.action.summary, ...out.action.steps].join('\n')
    expect(staff).toContain('注文管理')
    expect(staff).toContain('購入者によるキャンセル')
    expect(staff).toContain('503-1234567-1234567')
    expect(staff).toContain('出荷を保留')
    expect(out.action.summary).toContain('2026年11月26日(木)') // when it would start to count
    expect(out.action.summary).toContain('当店からキャンセルした場合のみ')
    expect(staff).toContain('在庫切れ') // the stock-out pitfall: never ask the buyer to request it
  })

  it('name the screens in English and say the rate is hit only at the deadline', () => {
    const out = draftFromAnalysis(said('en', 'return'), req({ order: { status: 'delivered' } }), NOW)
    expect(out.action.steps.join('\n')).toContain('Manage Returns')
    const cancel = draftFromAnalysis(said('en', 'cancel'), req({ order: { status: 'unshipped' } }), NOW)
    expect(cancel.action.affectsCancellationRate).toBe(true)
    expect(cancel.action.summary).toContain('counts only if you cancel at the deadline')
    expect(cancel.action.steps.join('\n')).toMatch(/Manage Orders[\s\S]*Buyer Cancelled/)
  })

  it('are written in the reply language, warnings included', () => {
    const out = draftFromAnalysis(said('ja', 'cancel'), req({ lang: 'en' }), NOW)
    expect(out.reply?.lang).toBe('en')
    expect(out.warnings.join('\n')).toContain('assumed to be unshipped')
    expect(out.warnings.join('\n')).not.toMatch(/[ぁ-ん]/)
  })
})

describe('warnings', () => {
  it('name only the assumptions the decision used', () => {
    const fba = draftFromAnalysis(said('ja', 'cancel'), req({ order: { fulfillment: 'amazon' } }), NOW)
    expect(fba.warnings).toEqual([]) // status, request and marketplace do not matter for FBA
    const full = draftFromAnalysis(
      said('ja', 'cancel'),
      req({ order: { status: 'unshipped', fulfillment: 'merchant', buyerRequestedCancel: false, marketplace: 'JP' } }),
      NOW,
    )
    expect(full.warnings).toEqual([])
  })

  it('flag a reply over Amazon’s 2,000 characters (a long signature)', () => {
    const out = draftFromAnalysis(said('en', 'cancel'), req({ seller: { signature: 'S'.repeat(1000), storeName: 'N'.repeat(200) }, order: { buyerName: 'B'.repeat(200) } }), NOW)
    expect(out.reply!.body.length).toBeGreaterThan(MAX_REPLY_CHARS)
    expect(out.warnings.some((w) => w.includes('2,000-character'))).toBe(true)
  })

  it('stay quiet for a reply within the limit', () => {
    const out = draftFromAnalysis(said('ja', 'cancel'), req({ order: { buyerName: 'B'.repeat(200) } }), NOW)
    expect(out.warnings.some((w) => w.includes('2,000'))).toBe(false)
  })
})

describe('no_intent', () => {
  it('ignores negated intents and drafts nothing', () => {
    const analysis: AnalyzeResponse = { language: 'ja', intents: [], negated: [{ type: 'cancel', confidence: 0.9, evidence: [] }] }
    const out = draftFromAnalysis(analysis, req(), NOW)
    expect(out.action.code).toBe('no_intent')
    expect(out.reply).toBeNull()
    expect(out.deadline).toBeNull()
    expect(out.warnings).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { CheckReplyResponse } from '../src/schemas/check-reply'
import { errorOf, postJson } from './support/worker'

const check = async (body: unknown) => {
  const res = await postJson('/api/check-reply', body)
  expect(res.status).toBe(200)
  return CheckReplyResponse.parse(await res.json())
}
const codes = (r: CheckReplyResponse) => r.findings.map((f) => f.code)

// /api/draft decides the situation from a message; it needs drafting (draft) and real detection (detect) merged.
const draftReady = async () => {
  const res = await postJson('/api/draft', { message: 'Please cancel my order.' })
  return res.status === 200 && ((await res.json()) as { action: { code: string } }).action.code !== 'no_intent'
}

const JA_CANCEL_MSG = '先日注文した商品ですが、不要になったのでキャンセルしたいです。'
const EN_CANCEL_MSG = 'Hi, I ordered this by mistake. Please cancel my order.'
const UNSHIPPED = { status: 'unshipped', fulfillment: 'merchant', buyerRequestedCancel: false, latestShipDate: '2026-11-27' } as const

describe('POST /api/check-reply', () => {
  it('passes a clean reply with ok: true and no findings', async () => {
    const r = await check({ reply: 'ご連絡ありがとうございます。確認いたします。' })
    expect(r).toEqual({ findings: [], ok: true })
  })

  it('flags a link with offsets into the reply', async () => {
    const reply = '詳しくは https://example.com/faq をご覧ください。'
    const r = await check({ reply })
    const f = r.findings.find((x) => x.code === 'link_or_email')!
    expect(f.severity).toBe('error')
    expect(reply.slice(f.start, f.end)).toBe('https://example.com/faq')
    expect(r.ok).toBe(false)
  })

  it('flags an e-mail address, and writes the message in the reply language', async () => {
    const r = await check({ reply: 'Please write to shop@example.com.' })
    expect(codes(r)).toContain('link_or_email')
    expect(r.findings[0]!.message).toMatch(/not allowed/)
  })

  it('flags a claimed address change in any situation', async () => {
    const reply = 'ご住所を変更いたしました。'
    const r = await check({ reply })
    const f = r.findings.find((x) => x.code === 'claims_address_changed')!
    expect(reply.slice(f.start, f.end)).toBe('ご住所を変更いたしました')
  })

  it('flags over 2,000 characters from offset 2000', async () => {
    const r = await check({ reply: 'あ'.repeat(2001) })
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'too_long', start: 2000, end: 2001 }))
    expect(codes(await check({ reply: 'あ'.repeat(2000) }))).not.toContain('too_long')
  })

  it('flags a deadline later than the latest ship date, and not one the day before', async () => {
    const late = await check({ reply: '11月28日(土)までにキャンセル依頼をお送りください。', order: { latestShipDate: '2026-11-27' } })
    expect(codes(late)).toContain('deadline_after_ship_date')
    const fine = await check({ reply: '11月26日(木)までにキャンセル依頼をお送りください。', order: { latestShipDate: '2026-11-27' } })
    expect(codes(fine)).not.toContain('deadline_after_ship_date')
  })

  it('flags asking the buyer to request a cancellation for a seller-side stock-out (error)', async () => {
    const r = await check({ reply: '注文履歴からキャンセル依頼をお送りいただけますでしょうか。', situation: 'seller_stockout' })
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'stockout_asks_buyer_to_cancel', severity: 'error' }))
    const honest = await check({ reply: '在庫切れのため、当店にてご注文をキャンセルいたしました。誠に申し訳ございません。', situation: 'seller_stockout' })
    expect(honest.ok).toBe(true)
  })

  it('flags a reply in a different language from the buyer message', async () => {
    const r = await check({ reply: 'Thank you for your message.', message: '商品はいつ届きますか?' })
    expect(codes(r)).toContain('language_mismatch')
    expect(codes(await check({ reply: 'ご連絡ありがとうございます。', message: '商品はいつ届きますか?' }))).not.toContain('language_mismatch')
  })

  it('rejects a missing reply with 400 invalid_request and an unknown situation too', async () => {
    expect((await errorOf(await postJson('/api/check-reply', { message: 'x' }))).code).toBe('invalid_request')
    expect((await errorOf(await postJson('/api/check-reply', { reply: 'x', situation: 'other' }))).code).toBe('invalid_request')
  })

  it('rejects a reply over 20,000 characters with 413 text_too_long', async () => {
    const res = await postJson('/api/check-reply', { reply: 'a'.repeat(20001) })
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('text_too_long')
  })
})

describe('POST /api/check-reply with the situation decided from the message (needs /api/draft)', () => {
  it('flags a missing official path, deadline and a false "cancelled" for a cancel message on an unshipped order', async (ctx) => {
    if (!(await draftReady())) return ctx.skip()
    const bad = await check({ reply: 'ご注文をキャンセルいたしました。', message: JA_CANCEL_MSG, order: UNSHIPPED })
    expect(codes(bad)).toEqual(expect.arrayContaining(['official_cancel_path_missing', 'deadline_missing', 'claims_cancel_done']))
    const good = await check({
      reply: '恐れ入りますが、注文履歴から該当のご注文の「商品をキャンセル」を開き、キャンセル依頼をお送りください。11月25日(水)までにキャンセル依頼が確認できない場合は、当店にてキャンセルいたします。',
      message: JA_CANCEL_MSG,
      order: UNSHIPPED,
    })
    expect(good.ok).toBe(true)
  })

  it('flags "I have cancelled" in English for the same situation', async (ctx) => {
    if (!(await draftReady())) return ctx.skip()
    const r = await check({ reply: 'I have cancelled your order.', message: EN_CANCEL_MSG, order: UNSHIPPED })
    expect(codes(r)).toContain('claims_cancel_done')
    expect(r.findings.find((f) => f.code === 'claims_cancel_done')!.message).toMatch(/cancelled/)
  })

  it('does not flag "cancelled" when the official request is present and the seller cancelled', async (ctx) => {
    if (!(await draftReady())) return ctx.skip()
    const r = await check({ reply: 'Your order has been cancelled; the refund is automatic.', message: EN_CANCEL_MSG, order: { ...UNSHIPPED, buyerRequestedCancel: true } })
    expect(codes(r)).not.toContain('claims_cancel_done')
  })

  it('flags a missing return path for a return on a delivered order', async (ctx) => {
    if (!(await draftReady())) return ctx.skip()
    const msg = 'The item arrived damaged. I would like to return it.'
    const r = await check({ reply: 'Sorry to hear that. We will look into it.', message: msg, order: { status: 'delivered', fulfillment: 'merchant' } })
    expect(codes(r)).toContain('return_path_missing')
    const ok = await check({ reply: 'We are sorry. Please go to Your Orders and choose Return or replace items.', message: msg, order: { status: 'delivered', fulfillment: 'merchant' } })
    expect(codes(ok)).not.toContain('return_path_missing')
  })
})

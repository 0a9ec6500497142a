import { describe, expect, it } from 'vitest'
import { ApiError } from '../src/errors'
import { draftReply } from '../src/reply/draft-reply'
import { ZendeskAccepted } from '../src/schemas/webhooks'
import { deliveryRow, env, registerTicket, ticketLog, uniqueId, uniqueTicket, zendeskHeaders } from './support/webhooks'
import { call } from './support/worker'

// Through the real Worker: route → WRITEBACK_QUEUE (Miniflare) → the exported queue() → real draftReply → stand-in.
const draftReady = await draftReply(env.ASSETS, { message: 'Please cancel my order' }).then(
  () => true,
  (e: unknown) => !(e instanceof ApiError && e.status === 501),
)

const send = async (body: string, invocationId: string) =>
  call('/api/webhooks/zendesk', { method: 'POST', headers: await zendeskHeaders(body, { invocationId }), body })

async function until<T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await probe()
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('Zendesk webhook end to end', () => {
  it('hands the job to the queue consumer', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const id = uniqueId('e2e')
    const body = JSON.stringify({ ticket_id: ticket, message: 'Please cancel my order', order: { status: 'unshipped', fulfillment: 'merchant' } })
    expect((await send(body, id)).status).toBe(202)
    const row = await until(async () => {
      const r = await deliveryRow('zendesk', id)
      return r && (r.attempts as number) >= 1 ? r : undefined
    })
    expect(['processing', 'done']).toContain(row.status)
  })

  it.skipIf(!draftReady)('posts exactly one note with the real draft, however often Zendesk redelivers', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const id = uniqueId('e2e')
    const order = { status: 'unshipped', fulfillment: 'merchant', buyerRequestedCancel: false } as const
    const message = '注文をキャンセルしたいです。'
    const body = JSON.stringify({ ticket_id: ticket, message, order: { ...order, buyerRequestedCancel: 'false' } })
    // what the real drafting core says for this request; the note must carry exactly that
    const expected = await draftReply(env.ASSETS, { message, order })
    // POLICY.md: a cancel message, unshipped MFN order, no official request → ask for the official request
    expect(expected.action.code).toBe('request_official_cancel')

    expect(ZendeskAccepted.parse(await (await send(body, id)).json()).duplicate).toBe(false)
    expect(ZendeskAccepted.parse(await (await send(body, id)).json()).duplicate).toBe(true)
    const row = await until(async () => {
      const r = await deliveryRow('zendesk', id)
      return r?.status === 'done' ? r : undefined
    })
    expect(row.action_code).toBe(expected.action.code)
    expect(JSON.parse(row.intents as string)).toEqual(expected.analysis.intents.map((i) => i.type))
    expect(await send(body, id).then((r) => r.status)).toBe(202)
    await new Promise((r) => setTimeout(r, 1500)) // give a (wrong) second job time to land
    const log = await ticketLog(ticket)
    expect(log.comments).toHaveLength(1)
    expect(log.comments[0]!.public).toBe(false)
    expect(log.comments[0]!.body).toContain(expected.action.code)
    expect(log.comments[0]!.body).toContain(expected.reply!.body)
    expect(log.comments[0]!.body).toContain('キャンセル依頼')
  })
})

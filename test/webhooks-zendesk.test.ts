import { describe, expect, it } from 'vitest'
import { app } from '../src/app'
import { type WritebackJob, ZendeskAccepted } from '../src/schemas/webhooks'
import { zendeskToDraftRequest } from '../src/webhooks/zendesk-body'
import { deliveryRow, env, uniqueId, uniqueTicket, zendeskHeaders } from './support/webhooks'
import { errorOf } from './support/worker'

// A queue binding that records what the route enqueues (the real consumer is tested in webhooks-writeback).
function recordingQueue(fail = false) {
  const sent: WritebackJob[] = []
  const queue = {
    send: async (body: WritebackJob) => {
      if (fail) throw new Error('queue down')
      sent.push(body)
    },
    sendBatch: async () => {},
  } as unknown as Queue
  return { queue, sent }
}

const post = async (body: string, invocationId: string, queue: Queue) =>
  app.fetch(
    new Request('https://madoguchi.test/api/webhooks/zendesk', { method: 'POST', headers: await zendeskHeaders(body, { invocationId }), body }),
    { ...env, WRITEBACK_QUEUE: queue },
  )

// What the README's trigger body renders to for a typical ticket (custom fields as placeholders).
const triggerBody = (ticket: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    ticket_id: ticket,
    message: 'Please cancel order 503-1234567-1234567. Call me on 090-1111-2222.',
    order: { id: '503-1234567-1234567', status: 'Unshipped', fulfillment: 'merchant', buyerRequestedCancel: 'false', latestShipDate: '', marketplace: 'jp' },
    ...extra,
  })

describe('POST /api/webhooks/zendesk', () => {
  it('answers 202 at once, records the delivery without the message, and enqueues one job', async () => {
    const q = recordingQueue()
    const ticket = uniqueTicket()
    const id = uniqueId('zd')
    const res = await post(triggerBody(ticket), id, q.queue)
    expect(res.status).toBe(202)
    expect(ZendeskAccepted.parse(await res.json())).toEqual({ accepted: true, duplicate: false, status: 'received' })
    expect(q.sent).toHaveLength(1)
    expect(q.sent[0]).toMatchObject({ source: 'zendesk', deliveryId: id, ticketId: ticket })
    const row = await deliveryRow('zendesk', id)
    expect(row).toMatchObject({ status: 'received', ticket_id: ticket, attempts: 0 })
    expect(JSON.stringify(row)).not.toContain('090-1111-2222')
  })

  it('answers a redelivered invocation with 202 duplicate and enqueues nothing more', async () => {
    const q = recordingQueue()
    const ticket = uniqueTicket()
    const id = uniqueId('zd')
    await post(triggerBody(ticket), id, q.queue)
    const again = await post(triggerBody(ticket), id, q.queue) // re-signed with a fresh timestamp, as Zendesk retries
    expect(again.status).toBe(202)
    expect(ZendeskAccepted.parse(await again.json())).toMatchObject({ duplicate: true })
    expect(q.sent).toHaveLength(1)
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE source = 'zendesk' AND external_id = ?1").bind(id).first<{ n: number }>()
    expect(n?.n).toBe(1)
  })

  it('answers 503 when the queue is down and forgets the delivery, so Zendesk’s retry is processed', async () => {
    const ticket = uniqueTicket()
    const id = uniqueId('zd')
    const res = await post(triggerBody(ticket), id, recordingQueue(true).queue)
    expect(res.status).toBe(503)
    expect((await errorOf(res)).code).toBe('queue_unavailable')
    expect(await deliveryRow('zendesk', id)).toBeNull()
    const q = recordingQueue()
    const retry = await post(triggerBody(ticket), id, q.queue)
    expect(ZendeskAccepted.parse(await retry.json())).toMatchObject({ duplicate: false })
    expect(q.sent).toHaveLength(1)
  })

  it('turns placeholder strings into order facts: "" is unknown, checkbox text is a boolean, case is folded', async () => {
    const q = recordingQueue()
    await post(triggerBody(uniqueTicket()), uniqueId('zd'), q.queue)
    expect(q.sent[0]!.request.order).toEqual({
      id: '503-1234567-1234567',
      status: 'unshipped',
      fulfillment: 'merchant',
      buyerRequestedCancel: false,
      marketplace: 'JP',
    })
  })

  it('rejects a trigger body with an unknown order status (400, naming the field) and records nothing', async () => {
    const id = uniqueId('zd')
    const body = triggerBody(uniqueTicket(), { order: { status: 'in the van' } })
    const res = await post(body, id, recordingQueue().queue)
    expect(res.status).toBe(400)
    const err = await errorOf(res)
    expect(err.code).toBe('invalid_request')
    expect(JSON.stringify(err.issues)).toContain('"status"')
    expect(await deliveryRow('zendesk', id)).toBeNull()
  })

  it('rejects an empty latest comment with 400 invalid_request', async () => {
    const body = JSON.stringify({ ticket_id: '12', message: '   ' })
    const res = await post(body, uniqueId('zd'), recordingQueue().queue)
    expect(res.status).toBe(400)
    expect((await errorOf(res)).code).toBe('invalid_request')
  })
})

describe('zendeskToDraftRequest', () => {
  it('leaves the order out when every field placeholder rendered empty', () => {
    const req = zendeskToDraftRequest({ ticket_id: 5, message: 'hi', order: { id: '', status: ' ', buyerRequestedCancel: '' } })
    expect(req).toEqual({ message: 'hi' })
  })
})

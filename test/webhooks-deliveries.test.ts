import { describe, expect, it } from 'vitest'
import { app } from '../src/app'
import type { Env } from '../src/env'
import { createQueueHandler } from '../src/queue/writeback'
import { DeliveryListResponse } from '../src/schemas/webhooks'
import { insertDelivery } from '../src/webhooks/deliveries'
import { env, fakeDraft, job, registerTicket, runLikeTheQueue, uniqueId, uniqueTicket } from './support/webhooks'
import { errorOf } from './support/worker'

const get = (query: string, token?: string, e: Partial<Env> = {}) =>
  app.fetch(
    new Request(`https://madoguchi.test/api/deliveries${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    { ...env, ...e },
  )

async function zendeskDelivery(script: { status: number }[], register = true) {
  const ticket = uniqueTicket()
  if (register) await registerTicket(ticket, script)
  const id = uniqueId('inv')
  await insertDelivery(env.DB, { source: 'zendesk', externalId: id, ticketId: ticket, bodySha256: 't', status: 'received', now: new Date() })
  await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), job(ticket, id))
  return id
}

describe('GET /api/deliveries', () => {
  it('needs the admin bearer token: none or a wrong one is 401, an unset ADMIN_TOKEN is 503', async () => {
    for (const t of [undefined, 'wrong', 'test-admin-token-and-more']) {
      const res = await get('', t)
      expect(res.status).toBe(401)
      expect((await errorOf(res)).code).toBe('unauthorized')
    }
    const res = await get('', 'test-admin-token', { ADMIN_TOKEN: undefined })
    expect(res.status).toBe(503)
    expect((await errorOf(res)).code).toBe('admin_not_configured')
  })

  it('lists failed and dead-lettered deliveries by status, newest first, without any message text', async () => {
    const failed = await zendeskDelivery([], false) // unknown ticket → 404 → failed
    const dead = await zendeskDelivery(Array.from({ length: 6 }, () => ({ status: 503 })))
    const done = await zendeskDelivery([])

    const f = DeliveryListResponse.parse(await (await get('?status=failed&limit=200', 'test-admin-token')).json())
    expect(f.deliveries.every((d) => d.status === 'failed')).toBe(true)
    expect(f.deliveries.find((d) => d.externalId === failed)).toMatchObject({ source: 'zendesk', attempts: 1, lastError: expect.stringContaining('404') })

    const dl = DeliveryListResponse.parse(await (await get('?status=dead_lettered&limit=200', 'test-admin-token')).json())
    expect(dl.deliveries.find((d) => d.externalId === dead)).toMatchObject({ status: 'dead_lettered', attempts: 6 })
    expect(dl.deliveries.some((d) => d.externalId === done)).toBe(false)

    const all = DeliveryListResponse.parse(await (await get('?limit=2', 'test-admin-token')).json())
    expect(all.deliveries).toHaveLength(2)
    expect(all.deliveries[0]!.receivedAt >= all.deliveries[1]!.receivedAt).toBe(true)
    expect(JSON.stringify(f)).not.toContain('Cancel my order please')
  })

  it('rejects an unknown status or limit with 400 invalid_request', async () => {
    for (const q of ['?status=lost', '?limit=0', '?limit=1000']) {
      const res = await get(q, 'test-admin-token')
      expect(res.status).toBe(400)
      expect((await errorOf(res)).code).toBe('invalid_request')
    }
  })

  it('is reachable with ADMIN_TOKEN when API_TOKEN is also set', async () => {
    const res = await get('', 'test-admin-token', { API_TOKEN: 'api-token' })
    expect(res.status).toBe(200)
  })
})

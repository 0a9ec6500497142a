import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../src/errors'
import { backoffSeconds, createQueueHandler, LEASE_SECONDS } from '../src/queue/writeback'
import { noteBody } from '../src/queue/note'
import { addInternalNote, retryAfterSeconds, zendeskConfig } from '../src/zendesk/client'
import { claimDelivery, insertDelivery, markNotePut } from '../src/webhooks/deliveries'
import {
  deliverOnce,
  deliveryRow,
  env,
  fakeDraft,
  job,
  registerTicket,
  runLikeTheQueue,
  ticketLog,
  uniqueId,
  uniqueTicket,
} from './support/webhooks'

// The route records the delivery before it enqueues; these tests start from that state and drive the consumer
// with createMessageBatch, one delivery at a time, against the stand-in Zendesk API.
async function received(ticketId: string, deliveryId = uniqueId('inv')) {
  await insertDelivery(env.DB, { source: 'zendesk', externalId: deliveryId, ticketId, bodySha256: 'test', status: 'received', now: new Date() })
  return job(ticketId, deliveryId)
}
const puts = async (ticket: string) => (await ticketLog(ticket)).calls.filter((c) => c.method === 'PUT')
const expectedAuth = `Basic ${btoa('agent@example.com/token:test-zendesk-api-token')}`

afterEach(() => vi.restoreAllMocks())

describe('Zendesk write-back consumer', () => {
  it('adds the draft as one private note with API-token basic auth, and records it', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const fake = fakeDraft()
    const j = await received(ticket)
    const run = await runLikeTheQueue(createQueueHandler({ draft: fake.draft }), j)
    expect(run).toMatchObject({ attempts: 1, deadLettered: false })

    const log = await ticketLog(ticket)
    expect(log.calls).toHaveLength(1)
    expect(log.calls[0]).toMatchObject({ method: 'PUT', authorization: expectedAuth, answered: 200 })
    const sent = JSON.parse(log.calls[0]!.body) as { ticket: { comment: { body: string; public: boolean } } }
    expect(sent.ticket.comment.public).toBe(false)
    expect(sent.ticket.comment.body).toContain('Please request the cancellation from Your Orders.')
    expect(sent.ticket.comment.body).toContain('request_official_cancel')
    expect(sent.ticket.comment.body).toContain(`madoguchi-ref: zendesk/${j.deliveryId}`)
    expect(fake.calls[0]).toEqual(j.request)

    const row = await deliveryRow('zendesk', j.deliveryId)
    expect(row).toMatchObject({ status: 'done', attempts: 1, action_code: 'request_official_cancel', intents: '["cancel"]' })
    expect(row?.note_posted_at).toBeTruthy()
  })

  it('loses nothing while the API is down for a while: retries with backoff, honours Retry-After, posts once', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket, [{ status: 503, retryAfter: '7' }, { status: 500 }, { status: 429, retryAfter: '120' }])
    const j = await received(ticket)
    const run = await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), j)
    expect(run.attempts).toBe(4)
    expect(run.delays).toEqual([7, backoffSeconds(2), 120])
    expect(backoffSeconds(2)).toBe(60)
    expect((await ticketLog(ticket)).comments).toHaveLength(1)
    expect(await deliveryRow('zendesk', j.deliveryId)).toMatchObject({ status: 'done', attempts: 4, last_error: null })
  })

  it('never posts twice when a PUT landed but its answer was lost (checks the ticket for its reference first)', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket, [{ status: 500, apply: true }])
    const j = await received(ticket)
    const run = await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), j)
    expect(run.attempts).toBe(2)
    const log = await ticketLog(ticket)
    expect(log.comments).toHaveLength(1)
    expect(log.calls.map((c) => c.method)).toEqual(['PUT', 'GET'])
    expect(await deliveryRow('zendesk', j.deliveryId)).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('recovers from a crash right after a successful PUT: the lease expires, the next attempt finds the note', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const j = await received(ticket)
    let clock = new Date()
    const fake = fakeDraft()
    // The state a worker leaves when it dies after Zendesk accepted the note and before D1 recorded it:
    // delivery claimed (lease live), PUT marked as started, the note on the ticket, nothing else.
    const row = (await claimDelivery(env.DB, 'zendesk', j.deliveryId, clock, LEASE_SECONDS))!
    await markNotePut(env.DB, row.id, clock)
    const cfg = zendeskConfig(env)!
    expect((await addInternalNote(cfg, ticket, noteBody(await fake.draft(env.ASSETS, j.request), j.deliveryId), fetch, clock)).kind).toBe('ok')

    const handler = createQueueHandler({ draft: fake.draft, now: () => clock })
    // redelivered while the dead attempt's lease still holds: it waits rather than posting
    const second = await deliverOnce(handler, 'madoguchi-writeback', j, 2)
    expect(second).toMatchObject({ retried: true, delaySeconds: LEASE_SECONDS })
    clock = new Date(clock.getTime() + (LEASE_SECONDS + 1) * 1000)
    const third = await deliverOnce(handler, 'madoguchi-writeback', j, 3)
    expect(third.acked).toBe(true)
    const log = await ticketLog(ticket)
    expect(log.comments).toHaveLength(1)
    expect(log.calls.map((c) => c.method)).toEqual(['PUT', 'GET'])
    expect(await deliveryRow('zendesk', j.deliveryId)).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('retries a PUT whose connection failed, checking the ticket before posting again', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const j = await received(ticket)
    let failed = false
    // the request reaches Zendesk and is applied, but the connection drops before the answer
    const dropAfterPut: typeof fetch = async (input, init) => {
      const res = await fetch(input, init)
      if (init?.method === 'PUT' && !failed) {
        failed = true
        throw new TypeError('Network connection lost.')
      }
      return res
    }
    const run = await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft, fetch: dropAfterPut }), j)
    expect(run.attempts).toBe(2)
    expect((await ticketLog(ticket)).comments).toHaveLength(1)
  })

  it('acks a job delivered again after it is done, without calling Zendesk', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const j = await received(ticket)
    const handler = createQueueHandler({ draft: fakeDraft().draft })
    await runLikeTheQueue(handler, j)
    const again = await deliverOnce(handler, 'madoguchi-writeback', j, 1)
    expect(again).toMatchObject({ acked: true, retried: false })
    expect(await puts(ticket)).toHaveLength(1)
  })

  it('posts once when two copies of the same job run at the same time', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const j = await received(ticket)
    const handler = createQueueHandler({ draft: fakeDraft().draft })
    const [a, b] = await Promise.all([
      deliverOnce(handler, 'madoguchi-writeback', j, 1),
      deliverOnce(handler, 'madoguchi-writeback', j, 1),
    ])
    expect([a.acked, b.acked].filter(Boolean)).toHaveLength(1)
    expect([a.retried, b.retried].filter(Boolean)).toHaveLength(1)
    expect(await puts(ticket)).toHaveLength(1)
  })

  it('fails at once on a permanent 4xx (deleted ticket) and shows it in /api/deliveries?status=failed', async () => {
    const ticket = uniqueTicket() // never registered: the stand-in answers 404 like Zendesk
    const j = await received(ticket)
    const run = await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), j)
    expect(run).toMatchObject({ attempts: 1, deadLettered: false })
    const row = await deliveryRow('zendesk', j.deliveryId)
    expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error: 'zendesk update ticket: HTTP 404 RecordNotFound' })
  })

  it('dead-letters a job after its last attempt, and the DLQ consumer marks the delivery', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket, Array.from({ length: 6 }, () => ({ status: 503 })))
    const j = await received(ticket)
    const run = await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), j)
    expect(run).toMatchObject({ attempts: 6, deadLettered: true })
    expect(run.delays).toEqual([30, 60, 120, 240, 480, 960])
    const row = await deliveryRow('zendesk', j.deliveryId)
    expect(row).toMatchObject({ status: 'dead_lettered', attempts: 6, last_error: 'zendesk update ticket: HTTP 503 StandInFailure' })
    expect((await ticketLog(ticket)).comments).toHaveLength(0)
  })

  it('fails a draft rejected as invalid (4xx) but retries a draft that is unavailable (5xx)', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const bad = await received(ticket)
    await runLikeTheQueue(
      createQueueHandler({ draft: async () => { throw new ApiError(400, 'invalid_request', 'bad') } }),
      bad,
    )
    expect(await deliveryRow('zendesk', bad.deliveryId)).toMatchObject({ status: 'failed', last_error: 'draft: 400 invalid_request' })

    const flaky = await received(ticket)
    let n = 0
    const fake = fakeDraft()
    const run = await runLikeTheQueue(
      createQueueHandler({
        draft: async (a, r, now) => {
          if (n++ === 0) throw new ApiError(503, 'tokenizer_unavailable', 'retry')
          return fake.draft(a, r)
        },
      }),
      flaky,
    )
    expect(run.attempts).toBe(2)
    expect(await puts(ticket)).toHaveLength(1)
  })

  it('keeps retrying (then dead-letters) while Zendesk credentials are missing, rather than dropping the job', async () => {
    const ticket = uniqueTicket()
    await registerTicket(ticket)
    const j = await received(ticket)
    const handler = createQueueHandler({ draft: fakeDraft().draft })
    const r = await deliverOnce(handler, 'madoguchi-writeback', j, 1, { ...env, ZENDESK_API_TOKEN: undefined })
    expect(r.retried).toBe(true)
    expect(await deliveryRow('zendesk', j.deliveryId)).toMatchObject({ status: 'processing', last_error: expect.stringContaining('zendesk_not_configured') })
    expect(await puts(ticket)).toHaveLength(0)
  })

  it('logs no secret and no message text', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.map(String).join(' ')))
    const ticket = uniqueTicket()
    await registerTicket(ticket, [{ status: 503 }])
    const j = await received(ticket)
    j.request.message = 'Cancel please, hanako@example.com 03-1234-5678'
    await runLikeTheQueue(createQueueHandler({ draft: fakeDraft().draft }), j)
    expect(lines.length).toBeGreaterThan(0)
    const all = lines.join('\n')
    for (const s of ['test-zendesk-api-token', 'agent@example.com', expectedAuth, 'hanako@example.com', '03-1234-5678']) expect(all).not.toContain(s)
  })
})

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = new Date('2026-01-01T00:00:00Z')
    expect(retryAfterSeconds('17', now)).toBe(17)
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90)
    expect(retryAfterSeconds('soon', now)).toBeUndefined()
    expect(retryAfterSeconds(null, now)).toBeUndefined()
    expect(backoffSeconds(1, 999_999)).toBe(43_200) // a queue delay is capped at 12 h
  })
})

describe('a job the consumer cannot read', () => {
  it('is acked and its delivery recorded as failed, not retried forever', async () => {
    const ticket = uniqueTicket()
    const j = await received(ticket)
    const r = await deliverOnce(createQueueHandler({ draft: fakeDraft().draft }), 'madoguchi-writeback', { source: 'zendesk', deliveryId: j.deliveryId, ticketId: 'x' }, 1)
    expect(r).toMatchObject({ acked: true, retried: false })
    expect(await deliveryRow('zendesk', j.deliveryId)).toMatchObject({ status: 'failed', last_error: 'malformed_job' })
  })
})

import type { Env } from '../env'
import { ApiError } from '../errors'
import { draftReply } from '../reply/draft-reply'
import { DraftResponse } from '../schemas/draft'
import { WritebackJob } from '../schemas/webhooks'
import {
  claimDelivery,
  getDelivery,
  insertDelivery,
  markDeadLettered,
  markDone,
  markFailed,
  markNotePut,
  releaseForRetry,
} from '../webhooks/deliveries'
import { addInternalNote, type CallResult, type Fetch, hasNoteWithMarker, zendeskConfig } from '../zendesk/client'
import { noteBody, noteMarker } from './note'

export const DLQ_NAME = 'madoguchi-writeback-dlq'
// Longer than one attempt (draft + one Zendesk call); a crashed attempt's delivery is free again after it.
export const LEASE_SECONDS = 120
// Queues cap a retry delay at 12 hours.
const MAX_DELAY_SECONDS = 43_200

export type WritebackDeps = { draft: typeof draftReply; fetch: Fetch; now: () => Date }

// Exponential backoff (30 s, 60 s, … capped at 1 h) unless Zendesk said how long to wait.
export const backoffSeconds = (attempt: number, retryAfter?: number) =>
  Math.min(MAX_DELAY_SECONDS, Math.max(1, retryAfter ?? Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1))))

const log = (fields: Record<string, unknown>) => console.log(JSON.stringify({ at: 'writeback', ...fields }))

type Msg = Message<unknown>

async function handle(msg: Msg, env: Env, d: WritebackDeps): Promise<void> {
  const parsed = WritebackJob.safeParse(msg.body)
  if (!parsed.success) {
    // A job no attempt can process (e.g. queued by an older schema): record it as failed rather than retry it.
    const id = (msg.body as { deliveryId?: unknown } | null)?.deliveryId
    const row = typeof id === 'string' ? await getDelivery(env.DB, 'zendesk', id) : null
    if (row && row.status !== 'done') await markFailed(env.DB, row.id, 'malformed_job', d.now())
    log({ outcome: 'dropped_malformed_job', message_id: msg.id })
    return msg.ack()
  }
  const job = parsed.data
  const db = env.DB
  const now = d.now()
  const retry = async (rowId: number, r: { error: string; delaySeconds?: number }) => {
    await releaseForRetry(db, rowId, r.error)
    const delaySeconds = backoffSeconds(msg.attempts, r.delaySeconds)
    log({ outcome: 'retry', delivery: job.deliveryId, attempt: msg.attempts, delaySeconds, error: r.error })
    msg.retry({ delaySeconds })
  }
  const fail = async (rowId: number, error: string) => {
    await markFailed(db, rowId, error, d.now())
    log({ outcome: 'failed', delivery: job.deliveryId, attempt: msg.attempts, error })
    msg.ack()
  }

  let row = await claimDelivery(db, 'zendesk', job.deliveryId, now, LEASE_SECONDS)
  if (!row) {
    const seen = await getDelivery(db, 'zendesk', job.deliveryId)
    if (seen?.status === 'processing') return msg.retry({ delaySeconds: LEASE_SECONDS }) // another attempt holds it
    if (seen) return msg.ack() // done, failed or dead-lettered: never a second note
    // A job with no row (recorded by an older deployment, or the row was lost): record it, then go on.
    await insertDelivery(db, { source: 'zendesk', externalId: job.deliveryId, ticketId: job.ticketId, bodySha256: '-', status: 'received', now })
    row = await claimDelivery(db, 'zendesk', job.deliveryId, now, LEASE_SECONDS)
    if (!row) return msg.retry({ delaySeconds: LEASE_SECONDS })
  }

  const cfg = zendeskConfig(env)
  if (!cfg) return retry(row.id, { error: 'zendesk_not_configured: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN' })

  let res: DraftResponse
  try {
    res = DraftResponse.parse(await d.draft(env.ASSETS, job.request, now))
  } catch (e) {
    // A 4xx from drafting will fail the same way every time; anything else may pass on a later attempt.
    if (e instanceof ApiError && e.status < 500) return fail(row.id, `draft: ${e.status} ${e.code}`)
    return retry(row.id, { error: e instanceof ApiError ? `draft: ${e.status} ${e.code}` : `draft: ${(e as Error).name}` })
  }
  const done = async () => {
    await markDone(db, row.id, { intents: res.analysis.intents.map((i) => i.type), actionCode: res.action.code, notePosted: true, now: d.now() })
    log({ outcome: 'done', delivery: job.deliveryId, attempt: msg.attempts, action: res.action.code })
    msg.ack()
  }
  const onError = (r: Exclude<CallResult, { kind: 'ok' }>) => (r.kind === 'retry' ? retry(row.id, r) : fail(row.id, r.error))

  // An earlier attempt got as far as the PUT: its note may be on the ticket even though we never recorded it.
  if (row.note_put_at) {
    const check = await hasNoteWithMarker(cfg, job.ticketId, noteMarker(job.deliveryId), d.fetch, now)
    if (check.kind !== 'ok') return onError(check)
    if (check.found) return done()
  }
  await markNotePut(db, row.id, now)
  const put = await addInternalNote(cfg, job.ticketId, noteBody(res, job.deliveryId), d.fetch, now)
  if (put.kind !== 'ok') return onError(put)
  return done()
}

async function deadLetter(msg: Msg, env: Env, d: WritebackDeps): Promise<void> {
  const job = WritebackJob.safeParse(msg.body)
  if (job.success) {
    const marked = await markDeadLettered(env.DB, 'zendesk', job.data.deliveryId, d.now())
    log({ outcome: marked ? 'dead_lettered' : 'dead_letter_ignored', delivery: job.data.deliveryId })
  }
  msg.ack()
}

// The queue() export: write-back jobs, and the dead-letter queue that records jobs out of attempts.
export function createQueueHandler(deps: Partial<WritebackDeps> = {}) {
  const d: WritebackDeps = { draft: draftReply, fetch: (input, init) => fetch(input, init), now: () => new Date(), ...deps }
  return async (batch: MessageBatch<unknown>, env: Env, _ctx?: ExecutionContext): Promise<void> => {
    const one = batch.queue === DLQ_NAME ? deadLetter : handle
    await Promise.all(
      batch.messages.map((msg) =>
        one(msg, env, d).catch((e: unknown) => {
          // D1 or the runtime failed mid-way: nothing was acked, so a later attempt picks the job up again.
          log({ outcome: 'error', message_id: msg.id, error: (e as Error).message?.slice(0, 200) })
          msg.retry({ delaySeconds: backoffSeconds(msg.attempts) })
        }),
      ),
    )
  }
}

export const queue = createQueueHandler()

import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'
import { parseJsonText, readRawBody, requireJsonContentType, validate } from '../../http/json-body'
import { type WritebackJob, ZendeskAccepted, ZendeskWebhookBody } from '../../schemas/webhooks'
import { deleteDelivery, getDelivery, insertDelivery } from '../../webhooks/deliveries'
import { sha256Hex } from '../../webhooks/signature'
import { verifyZendeskSignature, zendeskSignatureHeaders } from '../../webhooks/verify-zendesk'
import { zendeskToDraftRequest } from '../../webhooks/zendesk-body'

// Zendesk keeps one invocation id across its own retries of the same event (developer.zendesk.com, "Anatomy of a
// webhook request"), so it is the idempotency key.
const INVOCATION_ID = /^[A-Za-z0-9._:-]{1,200}$/

// Verify, record, enqueue, answer 202: the draft and the write-back happen in src/queue/writeback.ts.
export const zendeskWebhookRoute = new Hono<AppEnv>().post('/', async (c) => {
  const secret = c.env.ZENDESK_WEBHOOK_SECRET
  if (!secret) throw new ApiError(503, 'zendesk_not_configured', 'ZENDESK_WEBHOOK_SECRET is not set on this deployment.')
  const now = new Date()
  const sig = zendeskSignatureHeaders((n) => c.req.header(n))
  const raw = await readRawBody(c)
  await verifyZendeskSignature(secret, sig, raw, now)

  const invocationId = c.req.header('x-zendesk-webhook-invocation-id') ?? ''
  if (!INVOCATION_ID.test(invocationId)) {
    throw new ApiError(400, 'missing_invocation_id', 'The x-zendesk-webhook-invocation-id header is missing or malformed.')
  }
  requireJsonContentType(c)
  const body = validate(ZendeskWebhookBody, parseJsonText(raw))
  const job: WritebackJob = {
    source: 'zendesk',
    deliveryId: invocationId,
    ticketId: String(body.ticket_id).trim(),
    request: zendeskToDraftRequest(body),
  }

  const db = c.env.DB
  const row = await insertDelivery(db, { source: 'zendesk', externalId: invocationId, ticketId: job.ticketId, bodySha256: await sha256Hex(raw), status: 'received', now })
  if (!row) {
    // A redelivery of an invocation we already hold: its job is queued or finished; never queue a second one.
    const seen = await getDelivery(db, 'zendesk', invocationId)
    return c.json(ZendeskAccepted.parse({ accepted: true, duplicate: true, status: seen?.status ?? 'received' }), 202)
  }
  try {
    await c.env.WRITEBACK_QUEUE.send(job, { contentType: 'json' })
  } catch {
    // Without a queued job the row would block Zendesk's retry forever: forget it and ask Zendesk to retry.
    await deleteDelivery(db, row.id)
    throw new ApiError(503, 'queue_unavailable', 'Could not queue the write-back; retry later.', undefined, { 'Retry-After': '30' })
  }
  return c.json(ZendeskAccepted.parse({ accepted: true, duplicate: false, status: 'received' }), 202)
})

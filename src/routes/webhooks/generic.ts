import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'
import { parseJsonText, readRawBody, requireJsonContentType, validate } from '../../http/json-body'
import { draftReply } from '../../reply/draft-reply'
import { DraftResponse } from '../../schemas/draft'
import { GenericWebhookRequest } from '../../schemas/webhooks'
import { claimDelivery, getDelivery, insertDelivery, markDone, markFailed } from '../../webhooks/deliveries'
import { sha256Hex } from '../../webhooks/signature'
import { genericSignatureHeaders, verifyGenericSignature } from '../../webhooks/verify-generic'

// A delivery still "processing" after this long is taken to have crashed; the sender's retry may take it over.
const LEASE_SECONDS = 60

export type Draft = typeof draftReply

// Signed, synchronous, idempotent per delivery id: the same id always gets the first answer back.
// `draft` is injectable so the delivery machinery can be tested on its own.
export const createGenericWebhookRoute = (draft: Draft = draftReply) =>
  new Hono<AppEnv>().post('/', async (c) => {
    const secret = c.env.WEBHOOK_SECRET
    if (!secret) throw new ApiError(503, 'webhook_not_configured', 'WEBHOOK_SECRET is not set on this deployment.')
    const now = new Date()
    const sig = genericSignatureHeaders((n) => c.req.header(n))
    const raw = await readRawBody(c)
    await verifyGenericSignature(secret, sig, raw, now)

    requireJsonContentType(c)
    const { id, ...req } = validate(GenericWebhookRequest, parseJsonText(raw), ['message'])
    const bodySha256 = await sha256Hex(raw)
    const db = c.env.DB

    let row = await insertDelivery(db, { source: 'generic', externalId: id, bodySha256, status: 'processing', now, leaseSeconds: LEASE_SECONDS })
    if (!row) {
      const seen = await getDelivery(db, 'generic', id)
      if (!seen) throw new ApiError(503, 'delivery_unavailable', 'Could not record the delivery; retry.')
      if (seen.body_sha256 !== bodySha256) {
        throw new ApiError(409, 'delivery_id_reused', `Delivery id "${id}" was already used for a different body.`)
      }
      if (seen.status === 'done' && seen.response_json) {
        c.header('Idempotent-Replay', 'true')
        return c.json(JSON.parse(seen.response_json) as DraftResponse)
      }
      // A failed delivery (e.g. drafting was unavailable) may be retried under the same id.
      row = await claimDelivery(db, 'generic', id, now, LEASE_SECONDS, { retryFailed: true })
      if (!row) {
        throw new ApiError(409, 'delivery_in_progress', `Delivery "${id}" is being processed; retry shortly.`, undefined, { 'Retry-After': '5' })
      }
    }

    let res: DraftResponse
    try {
      res = DraftResponse.parse(await draft(c.env.ASSETS, req, now))
    } catch (err) {
      await markFailed(db, row.id, err instanceof ApiError ? `${err.status} ${err.code}` : 'internal_error', new Date())
      throw err
    }
    // Stored for replay: madoguchi's answer (reply, evidence spans), never the buyer's message as sent; see README.
    await markDone(db, row.id, {
      intents: res.analysis.intents.map((i) => i.type),
      actionCode: res.action.code,
      responseJson: JSON.stringify(res),
      now: new Date(),
    })
    return c.json(res)
  })

export const genericWebhookRoute = createGenericWebhookRoute()

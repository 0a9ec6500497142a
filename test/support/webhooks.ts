import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env as rawEnv } from 'cloudflare:workers'
import { inject } from 'vitest'
import type { Env } from '../../src/env'
import type { DraftRequest, DraftResponse } from '../../src/schemas/draft'
import type { WritebackJob } from '../../src/schemas/webhooks'

export const env = rawEnv as unknown as Env
export const standIn = () => inject('zendeskStandIn')

const enc = new TextEncoder()
const hmac = async (secret: string, message: string) => {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(message)))
}
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b))

// Signs like a sender following the README: sha256=<hex HMAC(secret, "<ts>.<body>")>.
export async function genericHeaders(body: string, opts: { secret?: string; ts?: number } = {}) {
  const ts = String(opts.ts ?? Math.floor(Date.now() / 1000))
  const sig = hex(await hmac(opts.secret ?? env.WEBHOOK_SECRET!, `${ts}.${body}`))
  return { 'content-type': 'application/json', 'x-madoguchi-timestamp': ts, 'x-madoguchi-signature': `sha256=${sig}` }
}

// Signs like Zendesk: base64(HMAC(secret, timestamp + body)).
export async function zendeskHeaders(body: string, opts: { secret?: string; at?: Date; invocationId?: string } = {}) {
  const ts = (opts.at ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-zendesk-webhook-signature-timestamp': ts,
    'x-zendesk-webhook-signature': b64(await hmac(opts.secret ?? env.ZENDESK_WEBHOOK_SECRET!, ts + body)),
  }
  if (opts.invocationId !== undefined) headers['x-zendesk-webhook-invocation-id'] = opts.invocationId
  return headers
}

export const uniqueId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`
export const uniqueTicket = () => String(100000 + Math.floor(Math.random() * 900000000))

// The stand-in Zendesk API (test/setup/zendesk-stand-in.mjs).
export type StandInStep = { status: number; retryAfter?: string; apply?: boolean; error?: string }
export type StandInCall = { method: string; authorization: string | null; body: string; answered: number }
export async function registerTicket(ticketId: string, script: StandInStep[] = []) {
  const res = await fetch(`${standIn()}/__control/tickets/${ticketId}`, { method: 'POST', body: JSON.stringify({ script }) })
  if (!res.ok) throw new Error(`stand-in: ${res.status}`)
}
export async function ticketLog(ticketId: string) {
  const res = await fetch(`${standIn()}/__control/tickets/${ticketId}`)
  return (await res.json()) as { calls: StandInCall[]; comments: { id: number; body: string; public: boolean }[] }
}

// A stand-in for draftReply with a fixed, schema-valid answer; counts calls so tests can prove "not processed twice".
export function fakeDraft(answer: Partial<DraftResponse> = {}) {
  const calls: DraftRequest[] = []
  const draft = async (_assets: Fetcher, req: DraftRequest): Promise<DraftResponse> => {
    calls.push(req)
    return {
      analysis: { language: 'en', intents: [{ type: 'cancel', confidence: 0.9, evidence: [{ start: 0, end: 6, text: 'Cancel' }] }], negated: [] },
      action: { code: 'request_official_cancel', summary: 'Ask for an official cancel request.', steps: ['Hold the shipment.'], affectsCancellationRate: false },
      reply: { lang: 'en', subject: 'Your cancellation', body: 'Please request the cancellation from Your Orders.' },
      deadline: null,
      warnings: [],
      ...answer,
    }
  }
  return { draft, calls }
}

export const job = (ticketId: string, deliveryId: string, message = 'Cancel my order please'): WritebackJob => ({
  source: 'zendesk',
  deliveryId,
  ticketId,
  request: { message, order: { status: 'unshipped', fulfillment: 'merchant' } },
})

type Handler = (batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext) => Promise<void>

// One delivery of one message to the consumer; answers whether it was acked or retried (and after how long).
export async function deliverOnce(handler: Handler, queue: string, body: unknown, attempts: number, e: Env = env) {
  const id = `msg-${crypto.randomUUID()}`
  const batch = createMessageBatch(queue, [{ id, timestamp: new Date(), attempts, body }])
  // getQueueResult does not report the delay asked for, so the message's retry() is wrapped to see it.
  let delaySeconds: number | undefined
  const msg = batch.messages[0]!
  const retry = msg.retry.bind(msg)
  Object.defineProperty(msg, 'retry', { value: (o?: QueueRetryOptions) => ((delaySeconds = o?.delaySeconds), retry(o)) })
  const ctx = createExecutionContext()
  await handler(batch, e, ctx)
  const r = await getQueueResult(batch, ctx)
  const retried = r.retryMessages.some((m: { msgId: string }) => m.msgId === id)
  return { acked: r.explicitAcks.includes(id), retried, delaySeconds }
}

// What Cloudflare Queues does with max_retries = 5 (wrangler.toml): up to 6 deliveries, then the dead-letter queue.
export async function runLikeTheQueue(handler: Handler, body: unknown, maxAttempts = 6) {
  const delays: (number | undefined)[] = []
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const r = await deliverOnce(handler, 'madoguchi-writeback', body, attempt)
    if (!r.retried) return { attempts: attempt, delays, deadLettered: false }
    delays.push(r.delaySeconds)
  }
  await deliverOnce(handler, 'madoguchi-writeback-dlq', body, 1)
  return { attempts: maxAttempts, delays, deadLettered: true }
}

export const deliveryRow = (source: string, externalId: string) =>
  env.DB.prepare('SELECT * FROM deliveries WHERE source = ?1 AND external_id = ?2').bind(source, externalId).first<Record<string, unknown>>()

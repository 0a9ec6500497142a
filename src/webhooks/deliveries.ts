import type { ActionCode } from '../schemas/draft'
import type { Delivery, DeliveryStatus } from '../schemas/webhooks'

// One row per (source, external id); see migrations/0001_deliveries.sql. No buyer text is ever written here.
export type Source = 'generic' | 'zendesk'

export type DeliveryRow = {
  id: number
  source: Source
  external_id: string
  ticket_id: string | null
  body_sha256: string
  status: DeliveryStatus
  attempts: number
  received_at: string
  finished_at: string | null
  intents: string | null
  action_code: ActionCode | null
  last_error: string | null
  response_json: string | null
  lease_until: string | null
  note_put_at: string | null
  note_posted_at: string | null
}

const iso = (d: Date) => d.toISOString()
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000).toISOString()

// INSERT … ON CONFLICT DO NOTHING: exactly one caller wins a delivery id, however many arrive at once.
export async function insertDelivery(
  db: D1Database,
  d: { source: Source; externalId: string; ticketId?: string; bodySha256: string; status: 'received' | 'processing'; now: Date; leaseSeconds?: number },
): Promise<DeliveryRow | null> {
  return db
    .prepare(
      `INSERT INTO deliveries (source, external_id, ticket_id, body_sha256, status, attempts, received_at, lease_until)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (source, external_id) DO NOTHING RETURNING *`,
    )
    .bind(d.source, d.externalId, d.ticketId ?? null, d.bodySha256, d.status, d.status === 'processing' ? 1 : 0, iso(d.now), d.leaseSeconds ? plus(d.now, d.leaseSeconds) : null)
    .first<DeliveryRow>()
}

export const getDelivery = (db: D1Database, source: Source, externalId: string) =>
  db.prepare('SELECT * FROM deliveries WHERE source = ?1 AND external_id = ?2').bind(source, externalId).first<DeliveryRow>()

// Takes the delivery for one attempt if nobody holds a live lease on it; the UPDATE is atomic in D1.
export async function claimDelivery(
  db: D1Database,
  source: Source,
  externalId: string,
  now: Date,
  leaseSeconds: number,
  opts: { retryFailed?: boolean } = {},
): Promise<DeliveryRow | null> {
  return db
    .prepare(
      `UPDATE deliveries SET status = 'processing', attempts = attempts + 1, lease_until = ?3
       WHERE source = ?1 AND external_id = ?2
         AND (status = 'received' OR (status = 'processing' AND (lease_until IS NULL OR lease_until < ?4)) ${opts.retryFailed ? "OR status = 'failed'" : ''})
       RETURNING *`,
    )
    .bind(source, externalId, plus(now, leaseSeconds), iso(now))
    .first<DeliveryRow>()
}

export async function markDone(
  db: D1Database,
  id: number,
  d: { intents: string[]; actionCode: ActionCode; responseJson?: string; notePosted?: boolean; now: Date },
): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET status = 'done', finished_at = ?2, intents = ?3, action_code = ?4, response_json = ?5,
         note_posted_at = ?6, last_error = NULL, lease_until = NULL WHERE id = ?1`,
    )
    .bind(id, iso(d.now), JSON.stringify(d.intents), d.actionCode, d.responseJson ?? null, d.notePosted ? iso(d.now) : null)
    .run()
}

export async function markFailed(db: D1Database, id: number, error: string, now: Date): Promise<void> {
  await db
    .prepare(`UPDATE deliveries SET status = 'failed', finished_at = ?2, last_error = ?3, lease_until = NULL WHERE id = ?1`)
    .bind(id, iso(now), error.slice(0, 500))
    .run()
}

// Back to the pool for the queue's next attempt; keeps note_put_at so that attempt checks the ticket first.
export async function releaseForRetry(db: D1Database, id: number, error: string): Promise<void> {
  await db.prepare(`UPDATE deliveries SET last_error = ?2, lease_until = NULL WHERE id = ?1`).bind(id, error.slice(0, 500)).run()
}

export async function markNotePut(db: D1Database, id: number, now: Date): Promise<void> {
  await db.prepare(`UPDATE deliveries SET note_put_at = ?2 WHERE id = ?1`).bind(id, iso(now)).run()
}

export async function markDeadLettered(db: D1Database, source: Source, externalId: string, now: Date): Promise<boolean> {
  const res = await db
    .prepare(
      `UPDATE deliveries SET status = 'dead_lettered', finished_at = ?3, lease_until = NULL
       WHERE source = ?1 AND external_id = ?2 AND status NOT IN ('done', 'failed', 'dead_lettered')`,
    )
    .bind(source, externalId, iso(now))
    .run()
  return res.meta.changes === 1
}

export const deleteDelivery = (db: D1Database, id: number) => db.prepare('DELETE FROM deliveries WHERE id = ?1').bind(id).run()

export async function listDeliveries(db: D1Database, q: { status?: DeliveryStatus; limit: number }): Promise<Delivery[]> {
  const stmt = q.status
    ? db.prepare('SELECT * FROM deliveries WHERE status = ?1 ORDER BY received_at DESC, id DESC LIMIT ?2').bind(q.status, q.limit)
    : db.prepare('SELECT * FROM deliveries ORDER BY received_at DESC, id DESC LIMIT ?1').bind(q.limit)
  const { results } = await stmt.all<DeliveryRow>()
  return results.map(toDelivery)
}

export const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  source: r.source,
  externalId: r.external_id,
  ticketId: r.ticket_id,
  status: r.status,
  attempts: r.attempts,
  receivedAt: r.received_at,
  finishedAt: r.finished_at,
  intents: r.intents ? (JSON.parse(r.intents) as string[]) : [],
  actionCode: r.action_code,
  lastError: r.last_error,
  notePostedAt: r.note_posted_at,
})

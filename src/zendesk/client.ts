import type { Env } from '../env'

// Just the two Zendesk Support API calls the write-back needs. Errors never carry the credentials.
export type ZendeskConfig = { base: string; authorization: string }
// Bounds one call well inside the consumer's lease (src/queue/writeback.ts), so two attempts never overlap.
const CALL_TIMEOUT_MS = 30_000
export type Fetch = typeof fetch

export type CallResult =
  | { kind: 'ok' }
  | { kind: 'retry'; error: string; delaySeconds?: number }
  | { kind: 'permanent'; error: string }

const trimSlashes = (url: string) => {
  while (url.endsWith('/')) url = url.slice(0, -1)
  return url
}

export function zendeskConfig(env: Env): ZendeskConfig | null {
  const { ZENDESK_EMAIL: email, ZENDESK_API_TOKEN: token, ZENDESK_SUBDOMAIN: sub, ZENDESK_BASE_URL: baseUrl } = env
  const base = baseUrl ? trimSlashes(baseUrl) : sub && /^[A-Za-z0-9-]+$/.test(sub) ? `https://${sub}.zendesk.com` : null
  if (!base || !email || !token) return null
  // API token auth: "{email}/token:{api_token}" (developer.zendesk.com, API token authentication).
  const bytes = new TextEncoder().encode(`${email}/token:${token}`)
  return { base, authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` }
}

// Retry-After is seconds or an HTTP date; anything else is ignored and the caller's backoff applies.
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  if (!header) return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000))
}

async function classify(res: Response, what: string, now: Date): Promise<CallResult> {
  if (res.ok) return { kind: 'ok' }
  let detail = ''
  try {
    const j = (await res.json()) as { error?: unknown }
    if (typeof j.error === 'string') detail = ` ${j.error.slice(0, 80)}`
  } catch {
    /* a non-JSON error page: the status says enough */
  }
  const error = `${what}: HTTP ${res.status}${detail}`
  if (res.status === 429 || res.status >= 500 || res.status === 408 || res.status === 409) {
    return { kind: 'retry', error, delaySeconds: retryAfterSeconds(res.headers.get('retry-after'), now) }
  }
  return { kind: 'permanent', error }
}

// PUT /api/v2/tickets/{id}.json with a private comment = an internal note (developer.zendesk.com, Update Ticket).
export async function addInternalNote(cfg: ZendeskConfig, ticketId: string, body: string, f: Fetch, now: Date): Promise<CallResult> {
  try {
    const res = await f(`${cfg.base}/api/v2/tickets/${ticketId}.json`, {
      method: 'PUT',
      headers: { authorization: cfg.authorization, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ticket: { comment: { body, public: false } } }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    })
    return await classify(res, 'zendesk update ticket', now)
  } catch (e) {
    return { kind: 'retry', error: `zendesk update ticket: network error ${(e as Error).name}` }
  }
}

// Looks for our reference line among the ticket's newest comments: did an earlier attempt's PUT land after all?
export async function hasNoteWithMarker(
  cfg: ZendeskConfig,
  ticketId: string,
  marker: string,
  f: Fetch,
  now: Date,
): Promise<CallResult & { found?: boolean }> {
  try {
    const res = await f(`${cfg.base}/api/v2/tickets/${ticketId}/comments.json?sort_order=desc`, {
      headers: { authorization: cfg.authorization, accept: 'application/json' },
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    })
    if (!res.ok) return await classify(res, 'zendesk list comments', now)
    const { comments = [] } = (await res.json()) as { comments?: { body?: string; plain_body?: string }[] }
    return { kind: 'ok', found: comments.some((cm) => (cm.body ?? cm.plain_body ?? '').includes(marker)) }
  } catch (e) {
    return { kind: 'retry', error: `zendesk list comments: network error ${(e as Error).name}` }
  }
}

import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

const RETRY_AFTER_SECONDS = '60' // the binding's window (wrangler.toml [[ratelimits]] period)

// One bucket per client address; Cloudflare's edge (and wrangler dev) always sets CF-Connecting-IP,
// so a request without it came in-process (tests, service bindings) and has no client to limit.
const clientKey = (ip: string | undefined) => (ip ? `ip:${ip}` : undefined)

// Webhooks (helpdesk bursts) have their own, larger bucket: wrangler.toml's WEBHOOK_RATE_LIMITER.
const isWebhook = (path: string) => path.startsWith('/api/webhooks/')

export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limiter = isWebhook(c.req.path) ? c.env.WEBHOOK_RATE_LIMITER : c.env.RATE_LIMITER
  const key = clientKey(c.req.header('cf-connecting-ip'))
  if (!limiter || !key) return next()
  const { success } = await limiter.limit({ key })
  if (!success) {
    throw new ApiError(429, 'rate_limited', 'Too many requests; slow down and retry later.', undefined, {
      'Retry-After': RETRY_AFTER_SECONDS,
    })
  }
  return next()
})

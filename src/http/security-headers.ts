import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'

// Same policy as public/_headers, for responses the Worker renders itself (training pages, JSON, errors).
const HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next()
  for (const [k, v] of Object.entries(HEADERS)) {
    if (!c.res.headers.has(k)) c.res.headers.set(k, v)
  }
})

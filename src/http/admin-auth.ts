import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

const digest = async (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))

// Authorization: Bearer <ADMIN_TOKEN>, compared in constant time over equal-length digests. Unset token → 503,
// never an open endpoint.
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN
  if (!expected) throw new ApiError(503, 'admin_not_configured', 'ADMIN_TOKEN is not set on this deployment.')
  const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
  const ok = m ? crypto.subtle.timingSafeEqual(await digest(m[1]!), await digest(expected)) : false
  if (!ok) {
    throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.', undefined, { 'WWW-Authenticate': 'Bearer' })
  }
  await next()
}

import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { bearerToken, constantTimeEqual } from './constant-time'

// Authorization: Bearer <ADMIN_TOKEN>, compared in constant time. An unset token answers 503, never an open door.
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN
  if (!expected) throw new ApiError(503, 'admin_not_configured', 'ADMIN_TOKEN is not set on this deployment.')
  const given = bearerToken(c.req.header('authorization'))
  if (!given || !(await constantTimeEqual(given, expected))) {
    throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.', undefined, {
      'WWW-Authenticate': 'Bearer realm="madoguchi-admin"',
    })
  }
  return next()
})

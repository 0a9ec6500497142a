import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { bearerToken, constantTimeEqual } from './constant-time'

// Signed webhooks authenticate by their HMAC, /api/deliveries by ADMIN_TOKEN (issue 6); everything else under
// /api needs the token when set.
const isSignedWebhook = (path: string) => path.startsWith('/api/webhooks/') || path === '/api/deliveries'

export const requireApiToken = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.API_TOKEN
  if (!expected || isSignedWebhook(c.req.path)) return next()
  const given = bearerToken(c.req.header('authorization'))
  if (!given || !(await constantTimeEqual(given, expected))) {
    throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <API_TOKEN>.', undefined, {
      'WWW-Authenticate': 'Bearer realm="madoguchi"',
    })
  }
  return next()
})

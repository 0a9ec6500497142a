import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'

// Structured JSON lines with a request id; never bodies, query strings or headers (they carry buyer text and secrets).
export const requestLog = createMiddleware<AppEnv & { Variables: { requestId: string } }>(async (c, next) => {
  const requestId = crypto.randomUUID()
  c.set('requestId', requestId)
  const started = Date.now()
  await next()
  c.res.headers.set('X-Request-Id', requestId)
  console.log(
    JSON.stringify({
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Date.now() - started,
    }),
  )
})

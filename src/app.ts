import { Hono } from 'hono'
import type { AppEnv } from './env'
import { ApiError, errorBody, errorResponse } from './errors'
import { requireApiToken } from './http/api-token'
import { rateLimit } from './http/rate-limit'
import { requestLog } from './http/request-log'
import { securityHeaders } from './http/security-headers'
import { analyzeRoute } from './routes/analyze'
import { checkReplyRoute } from './routes/check-reply'
import { trainingApi } from './routes/training-api'
import { trainingPages } from './routes/training-pages'

export const app = new Hono<AppEnv>()

app.use('*', requestLog, securityHeaders)
app.use('/api/*', rateLimit, requireApiToken)

app.get('/healthz', (c) => c.json({ ok: true }))
app.route('/api/analyze', analyzeRoute)
app.route('/api/check-reply', checkReplyRoute)
app.route('/api/training', trainingApi)
app.route('/training', trainingPages)

app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404))

app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err)
  // The message of an unexpected error may quote input, so only its class name is logged.
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled', name: err.name, path: c.req.path }))
  return c.json(errorBody('internal_error', 'Something went wrong on our side.'), 500)
})

import { Hono } from 'hono'
import type { AppEnv } from './env'
import { ApiError, errorBody, errorResponse } from './errors'
import { requireApiToken } from './http/api-token'
import { rateLimit } from './http/rate-limit'
import { requestLog } from './http/request-log'
import { securityHeaders } from './http/security-headers'
import { analyzeRoute } from './routes/analyze'
import { draftRoute } from './routes/draft'
import { openApiRoute } from './routes/openapi'
import { deliveriesRoute } from './routes/deliveries'
import { genericWebhookRoute } from './routes/webhooks/generic'
import { zendeskWebhookRoute } from './routes/webhooks/zendesk'
import { checkReplyRoute } from './routes/check-reply'
import { trainingApi } from './routes/training-api'
import { trainingPages } from './routes/training-pages'

export const app = new Hono<AppEnv>()

app.use('*', requestLog, securityHeaders)
app.use('/api/*', rateLimit, requireApiToken)

app.get('/healthz', (c) => c.json({ ok: true }))
app.route('/api/analyze', analyzeRoute)
app.route('/api/draft', draftRoute)
app.route('/openapi.json', openApiRoute)
app.route('/api/webhooks/generic', genericWebhookRoute)
app.route('/api/webhooks/zendesk', zendeskWebhookRoute)
app.route('/api/deliveries', deliveriesRoute)
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

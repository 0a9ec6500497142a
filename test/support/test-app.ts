import { Hono } from 'hono'
import type { AppEnv, Env } from '../../src/env'
import { ApiError, errorBody, errorResponse } from '../../src/errors'
import { createGenericWebhookRoute, type Draft } from '../../src/routes/webhooks/generic'
import { env } from './webhooks'

// The generic webhook route with an injected draft, behind the app's error mapping — for tests that must not
// depend on the drafting core.
export function genericApp(draft: Draft) {
  const app = new Hono<AppEnv>()
  app.route('/api/webhooks/generic', createGenericWebhookRoute(draft))
  app.onError((err, c) => (err instanceof ApiError ? errorResponse(c, err) : c.json(errorBody('internal_error', err.message), 500)))
  return (body: string, headers: Record<string, string>, e: Partial<Env> = {}) =>
    app.fetch(new Request('https://madoguchi.test/api/webhooks/generic', { method: 'POST', headers, body }), { ...env, ...e })
}

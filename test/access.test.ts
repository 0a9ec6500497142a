import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../src/app'
import type { Env } from '../src/env'
import { errorOf } from './support/worker'

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const baseEnv = env as unknown as Env
const analyzeReq = (headers: Record<string, string> = {}) =>
  new Request('https://madoguchi.test/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ text: 'Where is my parcel?' }),
  })

describe('API_TOKEN', () => {
  const withToken = { ...baseEnv, API_TOKEN: 's3cret-token' }

  it('is not required when unset (local npm start)', async () => {
    const res = await app.fetch(analyzeReq(), baseEnv, ctx)
    expect(res.status).toBe(200)
  })

  it('rejects a missing token with 401 unauthorized', async () => {
    const res = await app.fetch(analyzeReq(), withToken, ctx)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect((await errorOf(res)).code).toBe('unauthorized')
  })

  it('rejects a wrong token, including a prefix of the right one', async () => {
    for (const t of ['wrong', 's3cret', 's3cret-token-and-more']) {
      const res = await app.fetch(analyzeReq({ authorization: `Bearer ${t}` }), withToken, ctx)
      expect(res.status).toBe(401)
    }
  })

  it('accepts the right token', async () => {
    const res = await app.fetch(analyzeReq({ authorization: 'Bearer s3cret-token' }), withToken, ctx)
    expect(res.status).toBe(200)
  })

  it('leaves /healthz open', async () => {
    const res = await app.fetch(new Request('https://madoguchi.test/healthz'), withToken, ctx)
    expect(res.status).toBe(200)
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After when the limiter says no', async () => {
    const denying = { ...baseEnv, RATE_LIMITER: { limit: async () => ({ success: false }) } as RateLimit }
    const res = await app.fetch(analyzeReq({ 'cf-connecting-ip': '192.0.2.1' }), denying, ctx)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    expect((await errorOf(res)).code).toBe('rate_limited')
  })

  it('keys the local binding per client: one client is limited, another is not', async () => {
    const hit = (ip: string) =>
      app.fetch(new Request('https://madoguchi.test/api/nothing-here', { headers: { 'cf-connecting-ip': ip } }), baseEnv, ctx)
    let limited = 0
    for (let i = 0; i < 130; i++) if ((await hit('203.0.113.7')).status === 429) limited++
    expect(limited).toBeGreaterThan(0)
    expect((await hit('198.51.100.9')).status).toBe(404)
  })

  it('gives signed webhooks their own bucket: a page client at its limit does not hold back a helpdesk burst', async () => {
    const denyPage = { ...baseEnv, RATE_LIMITER: { limit: async () => ({ success: false }) } as RateLimit }
    const webhook = () =>
      app.fetch(new Request('https://madoguchi.test/api/webhooks/generic', { method: 'POST', headers: { 'cf-connecting-ip': '192.0.2.50', 'content-type': 'application/json' }, body: '{}' }), denyPage, ctx)
    expect((await webhook()).status).not.toBe(429) // unsigned, so a 4xx from the route, but not the page's limit
    let limited = 0
    for (let i = 0; i < 130; i++) if ((await webhook()).status === 429) limited++
    expect(limited).toBe(0) // 130 in a minute is within the webhook bucket (1,200 per minute)
    const denyWebhooks = { ...baseEnv, WEBHOOK_RATE_LIMITER: { limit: async () => ({ success: false }) } as RateLimit }
    const res = await app.fetch(new Request('https://madoguchi.test/api/webhooks/generic', { method: 'POST', headers: { 'cf-connecting-ip': '192.0.2.51' }, body: '{}' }), denyWebhooks, ctx)
    expect(res.status).toBe(429)
  })
})

describe('headers', () => {
  it('sends security headers and a request id on every response', async () => {
    const res = await app.fetch(new Request('https://madoguchi.test/healthz'), baseEnv, ctx)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

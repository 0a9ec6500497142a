import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { call, postJson } from './support/worker'

// Wrong shapes, odd Unicode and hostile JSON on check-reply and the signed webhooks: a 2xx or a documented 4xx, never a 5xx.
const nasty = fc.constantFrom('\u0000', '\u202e', '\ud800', '\u{1F469}\u200d\u{1F467}', 'ｷｬﾝｾﾙ', 'https://x.test', 'a@b.test', '{{x}}', '<img onerror=1>')
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), nasty), { minLength: 1, maxLength: 20 }).map((p) => p.join('')).filter((s) => s.length > 0) // empty text is a documented 400
const anyJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.nat({ max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.constant('{"reply":"a","reply":1}'),
  fc.constant('{"reply":"a","order":{"latestShipDate":1e309}}'),
)

const expectDocumented = async (res: Response, ok: number[]) => {
  expect([...ok, 400, 401, 409, 413, 415]).toContain(res.status)
  if (res.status >= 400) {
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(typeof body.error.code).toBe('string')
  }
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)))
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('')
}

describe('check-reply under random input', () => {
  it('answers 200 for any reply text, with findings offsets inside the reply', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(text, { nil: undefined }), async (reply, message) => {
        const res = await postJson('/api/check-reply', { reply, message })
        expect(res.status).toBe(200)
        const body = (await res.json()) as { findings: { start?: number; end?: number }[]; ok: boolean }
        for (const f of body.findings) {
          if (f.start !== undefined) expect(f.start).toBeGreaterThanOrEqual(0)
          if (f.end !== undefined) expect(f.end).toBeLessThanOrEqual(reply.length)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('answers only documented 4xx for wrong JSON', async () => {
    await fc.assert(fc.asyncProperty(anyJson, async (raw) => expectDocumented(await postJson('/api/check-reply', raw), [200])), { numRuns: 100 })
  })
})

describe('signed webhooks under random input', () => {
  it('the generic webhook answers a documented status for any correctly signed body', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (raw) => {
        const ts = String(Math.floor(Date.now() / 1000))
        const sig = await hmacHex('test-generic-webhook-secret', `${ts}.${raw}`)
        const res = await call('/api/webhooks/generic', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-madoguchi-timestamp': ts, 'x-madoguchi-signature': `sha256=${sig}` },
          body: raw,
        })
        await expectDocumented(res, [200])
      }),
      { numRuns: 60 },
    )
  })

  it('both webhooks answer 401 for random signatures and timestamps, before parsing', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), async (raw, sig, ts) => {
        for (const [path, headers] of [
          ['/api/webhooks/generic', { 'x-madoguchi-timestamp': ts, 'x-madoguchi-signature': sig }],
          ['/api/webhooks/zendesk', { 'x-zendesk-webhook-signature-timestamp': ts, 'x-zendesk-webhook-signature': sig, 'x-zendesk-webhook-invocation-id': 'inv-1' }],
        ] as const) {
          const res = await call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw })
          expect(res.status).toBe(401)
        }
      }),
      { numRuns: 60 },
    )
  })
})

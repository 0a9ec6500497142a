import { describe, expect, it } from 'vitest'
import { hmacSha256, toBase64 } from '../src/webhooks/signature'
import { verifyZendeskSignature } from '../src/webhooks/verify-zendesk'
import { call, errorOf } from './support/worker'
import { genericApp } from './support/test-app'
import { deliveryRow, env, fakeDraft, genericHeaders, uniqueId, uniqueTicket, zendeskHeaders } from './support/webhooks'

const genericBody = (id: string) => JSON.stringify({ id, message: 'Please cancel my order', order: { status: 'unshipped' } })
const now = () => Math.floor(Date.now() / 1000)

describe('generic webhook signature (X-Madoguchi-Signature)', () => {
  const fake = fakeDraft()
  const post = genericApp(fake.draft)

  it('accepts a correct signature and answers with the draft', async () => {
    const id = uniqueId('sig-ok')
    const res = await post(genericBody(id), await genericHeaders(genericBody(id)))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { action: { code: string } }).action.code).toBe('request_official_cancel')
  })

  it('rejects a signature made with the wrong secret', async () => {
    const id = uniqueId('sig-wrong')
    const res = await post(genericBody(id), await genericHeaders(genericBody(id), { secret: 'not-the-secret' }))
    expect(res.status).toBe(401)
    expect((await errorOf(res)).code).toBe('invalid_signature')
    expect(await deliveryRow('generic', id)).toBeNull() // nothing recorded before verification
  })

  it('rejects a body with one byte changed after signing', async () => {
    const id = uniqueId('sig-byte')
    const headers = await genericHeaders(genericBody(id))
    const tampered = genericBody(id).replace('unshipped', 'unshipp3d')
    expect(tampered.length).toBe(genericBody(id).length)
    const res = await post(tampered, headers)
    expect(res.status).toBe(401)
    expect((await errorOf(res)).code).toBe('invalid_signature')
  })

  it('rejects a stale timestamp (more than 5 minutes old) and a future one', async () => {
    for (const ts of [now() - 301, now() + 301]) {
      const id = uniqueId('sig-stale')
      const res = await post(genericBody(id), await genericHeaders(genericBody(id), { ts }))
      expect(res.status).toBe(401)
      expect((await errorOf(res)).code).toBe('stale_timestamp')
    }
  })

  it('accepts a timestamp just inside the 5-minute window', async () => {
    const id = uniqueId('sig-edge')
    const res = await post(genericBody(id), await genericHeaders(genericBody(id), { ts: now() - 290 }))
    expect(res.status).toBe(200)
  })

  it('rejects missing headers, and a signature without the sha256= prefix', async () => {
    const id = uniqueId('sig-missing')
    const good = await genericHeaders(genericBody(id))
    for (const drop of ['x-madoguchi-timestamp', 'x-madoguchi-signature']) {
      const headers: Record<string, string> = { ...good }
      delete headers[drop]
      const res = await post(genericBody(id), headers)
      expect(res.status).toBe(401)
      expect((await errorOf(res)).code).toBe('missing_signature')
    }
    const res = await post(genericBody(id), { ...good, 'x-madoguchi-signature': good['x-madoguchi-signature'].slice('sha256='.length) })
    expect((await errorOf(res)).code).toBe('invalid_signature')
  })

  it('answers 413 for a body over 64 KiB, even when signed', async () => {
    const body = JSON.stringify({ id: uniqueId('big'), message: 'x', pad: 'y'.repeat(70 * 1024) })
    const res = await post(body, await genericHeaders(body))
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('payload_too_large')
  })

  it('answers 503 webhook_not_configured when WEBHOOK_SECRET is unset', async () => {
    const id = uniqueId('sig-unset')
    const res = await post(genericBody(id), await genericHeaders(genericBody(id)), { WEBHOOK_SECRET: undefined })
    expect(res.status).toBe(503)
    expect((await errorOf(res)).code).toBe('webhook_not_configured')
  })

  it('is mounted on the Worker at /api/webhooks/generic and checks the signature first', async () => {
    const res = await call('/api/webhooks/generic', { method: 'POST', headers: { 'content-type': 'application/json' }, body: genericBody('x') })
    expect(res.status).toBe(401)
    expect((await errorOf(res)).code).toBe('missing_signature')
  })
})

// developer.zendesk.com/documentation/event-connectors/webhooks/verifying/ (Node example).
const DOC = {
  secret: 'HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=',
  body: '{"say": "hello"}',
  timestamp: '2021-07-25T10:00:00Z',
  signature: 'tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=',
}

describe("Zendesk's documented example", () => {
  it('our HMAC-SHA256 + base64 reproduces the signature printed in the docs', async () => {
    // That page's example concatenates BODY then TIMESTAMP; the current page and real deliveries use TIMESTAMP + BODY.
    expect(toBase64(await hmacSha256(DOC.secret, DOC.body + DOC.timestamp))).toBe(DOC.signature)
  })

  it('verifies the example fields signed the way the current docs say (timestamp + body), at the example time', async () => {
    const signature = toBase64(await hmacSha256(DOC.secret, DOC.timestamp + DOC.body))
    const at = new Date(DOC.timestamp)
    await expect(verifyZendeskSignature(DOC.secret, { timestamp: DOC.timestamp, signature }, DOC.body, at)).resolves.toBeUndefined()
    await expect(verifyZendeskSignature(DOC.secret, { timestamp: DOC.timestamp, signature }, DOC.body.replace('hello', 'hellO'), at)).rejects.toMatchObject({ code: 'invalid_signature' })
    // …and, a day later, the same request is a replay.
    await expect(verifyZendeskSignature(DOC.secret, { timestamp: DOC.timestamp, signature }, DOC.body, new Date(at.getTime() + 86_400_000))).rejects.toMatchObject({ code: 'stale_timestamp' })
  })
})

describe('Zendesk webhook signature (X-Zendesk-Webhook-Signature)', () => {
  const body = (ticket: string) => JSON.stringify({ ticket_id: ticket, message: 'Please cancel my order' })
  const post = (b: string, headers: Record<string, string>) => call('/api/webhooks/zendesk', { method: 'POST', headers, body: b })

  it('rejects the wrong secret, a changed byte, stale and future timestamps, and missing headers — recording nothing', async () => {
    const ticket = uniqueTicket()
    const id = uniqueId('zd-sig')
    const b = body(ticket)
    const cases: [string, Record<string, string>, string][] = [
      [b, await zendeskHeaders(b, { secret: 'wrong', invocationId: id }), 'invalid_signature'],
      [b.replace('cancel', 'cancal'), await zendeskHeaders(b, { invocationId: id }), 'invalid_signature'],
      [b, await zendeskHeaders(b, { at: new Date(Date.now() - 6 * 60_000), invocationId: id }), 'stale_timestamp'],
      [b, await zendeskHeaders(b, { at: new Date(Date.now() + 6 * 60_000), invocationId: id }), 'stale_timestamp'],
      [b, { 'content-type': 'application/json', 'x-zendesk-webhook-invocation-id': id }, 'missing_signature'],
    ]
    for (const [sent, headers, code] of cases) {
      const res = await post(sent, headers)
      expect(res.status, code).toBe(401)
      expect((await errorOf(res)).code).toBe(code)
    }
    expect(await deliveryRow('zendesk', id)).toBeNull()
  })

  it('rejects a signed request without an invocation id (400), and a body over 64 KiB (413)', async () => {
    const b = body(uniqueTicket())
    const res = await post(b, await zendeskHeaders(b))
    expect(res.status).toBe(400)
    expect((await errorOf(res)).code).toBe('missing_invocation_id')
    const big = JSON.stringify({ ticket_id: '1', message: 'x', pad: 'y'.repeat(70 * 1024) })
    const res2 = await post(big, await zendeskHeaders(big, { invocationId: uniqueId('zd-big') }))
    expect(res2.status).toBe(413)
    expect((await errorOf(res2)).code).toBe('payload_too_large')
  })

  it('answers 503 zendesk_not_configured when the signing secret is unset', async () => {
    expect(env.ZENDESK_WEBHOOK_SECRET).toBeTruthy()
    const { app } = await import('../src/app')
    const b = body(uniqueTicket())
    const res = await app.fetch(
      new Request('https://madoguchi.test/api/webhooks/zendesk', { method: 'POST', headers: await zendeskHeaders(b, { invocationId: uniqueId('zd') }), body: b }),
      { ...env, ZENDESK_WEBHOOK_SECRET: undefined },
    )
    expect(res.status).toBe(503)
    expect((await errorOf(res)).code).toBe('zendesk_not_configured')
  })
})

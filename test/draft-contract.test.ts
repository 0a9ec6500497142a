import { describe, expect, it } from 'vitest'
import { DraftResponse } from '../src/schemas/draft'
import { ErrorResponse } from '../src/schemas/error'
import { call, errorOf, postJson } from './support/worker'

const draft = async (body: unknown) => {
  const res = await postJson('/api/draft', body)
  expect(res.status).toBe(200)
  return DraftResponse.parse(await res.json())
}

describe('POST /api/draft contract', () => {
  it('answers a message with no request in it with no_intent and no reply', async () => {
    const body = await draft({ message: '商品の色について教えてください。', receivedAt: '2026-11-24T10:00:00+09:00' })
    expect(body.analysis.language).toBe('ja')
    expect(body.action.code).toBe('no_intent')
    expect(body.reply).toBeNull()
    expect(body.deadline).toBeNull()
    expect(body.action.affectsCancellationRate).toBe(false)
    expect(body.action.summary).toContain('返信の下書きはありません')
  })

  it('speaks to staff in the reply language chosen by lang', async () => {
    const body = await draft({ message: '商品の色について教えてください。', lang: 'en' })
    expect(body.analysis.language).toBe('ja') // the message is still analysed as Japanese
    expect(body.action.summary).toContain('no draft reply')
  })

  it.each([
    [{ message: 'cancel please', receivedAt: '2026-02-30T10:00:00+09:00' }, 'receivedAt'],
    [{ message: 'cancel please', receivedAt: '2026-11-24T10:00:00' }, 'receivedAt'],
    [{ message: 'cancel please', receivedAt: 'tomorrow' }, 'receivedAt'],
    [{ message: 'cancel please', order: { latestShipDate: '2026-13-01' } }, 'order.latestShipDate'],
    [{ message: 'cancel please', order: { latestShipDate: '26/11/2026' } }, 'order.latestShipDate'],
  ])('rejects an impossible date with 400 invalid_request: %j', async (body, path) => {
    const res = await postJson('/api/draft', body)
    expect(res.status).toBe(400)
    const err = ErrorResponse.parse(await res.json()).error
    expect(err.code).toBe('invalid_request')
    expect(err.issues?.map((i) => i.path.join('.'))).toContain(path)
  })

  it.each([
    [{ message: '' }, 'message'],
    [{ message: 'x', lang: 'fr' }, 'lang'],
    [{ message: 'x', order: { id: '12345' } }, 'order.id'],
    [{ message: 'x', order: { status: 'lost' } }, 'order.status'],
    [{ message: 'x', deadline: { days: 0 } }, 'deadline.days'],
    [{ message: 'x', deadline: { days: 15 } }, 'deadline.days'],
  ])('rejects a field outside the contract with 400 invalid_request: %j', async (body, path) => {
    const res = await postJson('/api/draft', body)
    expect(res.status).toBe(400)
    const err = ErrorResponse.parse(await res.json()).error
    expect(err.code).toBe('invalid_request')
    expect(err.issues?.map((i) => i.path.join('.'))).toContain(path)
  })

  it('answers 413 text_too_long for a message over 20,000 characters', async () => {
    const res = await postJson('/api/draft', { message: 'あ'.repeat(20001) })
    expect(res.status).toBe(413)
    expect((await errorOf(res)).code).toBe('text_too_long')
  })

  it('answers 400 malformed_json and 415 for a non-JSON body', async () => {
    expect((await errorOf(await postJson('/api/draft', '{"message":'))).code).toBe('malformed_json')
    const res = await call('/api/draft', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'cancel' })
    expect(res.status).toBe(415)
    expect((await errorOf(res)).code).toBe('unsupported_media_type')
  })
})

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 generated from the zod schemas, covering analyze and draft', async () => {
    const res = await call('/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<string, { post: { responses: Record<string, unknown> } }>
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }>; required?: string[] }> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/analyze', '/api/check-reply', '/api/draft'])
    expect(Object.keys(doc.paths['/api/draft']!.post.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '415']))
    const req = doc.components.schemas.DraftRequest!
    expect(req.required).toEqual(['message'])
    expect(req.properties?.lang?.enum).toEqual(['ja', 'en'])
    const resp = JSON.stringify(doc.components.schemas.DraftResponse)
    for (const code of ['request_official_cancel', 'address_change_in_transit', 'no_intent']) expect(resp).toContain(code)
    expect(doc.components.schemas.Error?.required).toEqual(['error'])
  })
})

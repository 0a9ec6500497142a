import { describe, expect, it } from 'vitest'
import { AnalyzeResponse } from '../src/schemas/analyze'
import { call, errorOf } from './support/worker'

const post = (body: string, type = 'application/json') =>
  call('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body })

const errorCode = async (res: Response) => (await errorOf(res)).code

describe('POST /api/analyze contract', () => {
  it('answers a Japanese message with the response schema', async () => {
    const res = await post(JSON.stringify({ text: '注文をキャンセルしたいです' }))
    expect(res.status).toBe(200)
    const body = AnalyzeResponse.parse(await res.json())
    expect(body.language).toBe('ja')
  })

  it('answers an English message', async () => {
    const body = AnalyzeResponse.parse(await (await post(JSON.stringify({ text: 'Please cancel my order' }))).json())
    expect(body.language).toBe('en')
  })

  it('rejects malformed JSON with 400 malformed_json', async () => {
    const res = await post('{"text":')
    expect(res.status).toBe(400)
    expect(await errorCode(res)).toBe('malformed_json')
  })

  it('rejects wrong fields with 400 invalid_request and issues', async () => {
    const res = await post(JSON.stringify({ text: 42 }))
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: { code: string; issues: unknown[] } }
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.issues.length).toBeGreaterThan(0)
  })

  it('rejects text over 20,000 characters with 413', async () => {
    const res = await post(JSON.stringify({ text: 'あ'.repeat(20001) }))
    expect(res.status).toBe(413)
    expect(await errorCode(res)).toBe('text_too_long')
  })

  it('rejects a body over 64 KiB with 413', async () => {
    const res = await post(JSON.stringify({ text: 'a', pad: 'x'.repeat(70 * 1024) }))
    expect(res.status).toBe(413)
    expect(await errorCode(res)).toBe('payload_too_large')
  })

  it('rejects a non-JSON content type with 415', async () => {
    const res = await post('text=hello', 'application/x-www-form-urlencoded')
    expect(res.status).toBe(415)
    expect(await errorCode(res)).toBe('unsupported_media_type')
  })
})

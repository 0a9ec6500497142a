import { describe, expect, it } from 'vitest'
import { call } from './support/worker'

describe('GET /healthz', () => {
  it('answers ok', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('answers an unknown path with the error shape', async () => {
    const res = await call('/nope')
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
  })
})

import { describe, expect, it } from 'vitest'
import { ApiError } from '../src/errors'
import { DraftResponse } from '../src/schemas/draft'
import { draftReply } from '../src/reply/draft-reply'
import { genericApp } from './support/test-app'
import { deliveryRow, env, fakeDraft, genericHeaders, uniqueId } from './support/webhooks'
import { call, errorOf } from './support/worker'

const bodyOf = (id: string, message = 'Please cancel my order. Mail me at taro.yamada@example.com or 090-1234-5678.') =>
  JSON.stringify({ id, message, order: { status: 'unshipped', fulfillment: 'merchant' } })

describe('generic webhook idempotency', () => {
  it('answers a repeated delivery id with the stored answer, drafting and recording once', async () => {
    const fake = fakeDraft()
    const post = genericApp(fake.draft)
    const id = uniqueId('idem')
    const body = bodyOf(id)
    const first = await post(body, await genericHeaders(body))
    expect(first.status).toBe(200)
    const firstJson = DraftResponse.parse(await first.json())

    // a redelivery: same id and body, signed again later
    const again = await post(body, await genericHeaders(body))
    expect(again.status).toBe(200)
    expect(again.headers.get('idempotent-replay')).toBe('true')
    expect(DraftResponse.parse(await again.json())).toEqual(firstJson)
    expect(fake.calls).toHaveLength(1)

    const row = await deliveryRow('generic', id)
    expect(row).toMatchObject({ status: 'done', attempts: 1, action_code: 'request_official_cancel', intents: '["cancel"]' })
    // the buyer's message (and the contact details in it) is not in the record
    const stored = JSON.stringify(row)
    for (const secret of ['taro.yamada@example.com', '090-1234-5678', 'Please cancel my order']) expect(stored).not.toContain(secret)
  })

  it('refuses a delivery id reused for a different body with 409 delivery_id_reused', async () => {
    const fake = fakeDraft()
    const post = genericApp(fake.draft)
    const id = uniqueId('reuse')
    await post(bodyOf(id), await genericHeaders(bodyOf(id)))
    const other = bodyOf(id, 'I want to return this item')
    const res = await post(other, await genericHeaders(other))
    expect(res.status).toBe(409)
    expect((await errorOf(res)).code).toBe('delivery_id_reused')
    expect(fake.calls).toHaveLength(1)
  })

  it('records a failed draft, and lets the sender retry the same id later', async () => {
    const id = uniqueId('retry')
    const body = bodyOf(id)
    const down = genericApp(async () => {
      throw new ApiError(503, 'tokenizer_unavailable', 'The dictionary could not be loaded.')
    })
    const res = await down(body, await genericHeaders(body))
    expect(res.status).toBe(503)
    expect((await errorOf(res)).code).toBe('tokenizer_unavailable')
    expect(await deliveryRow('generic', id)).toMatchObject({ status: 'failed', attempts: 1, last_error: '503 tokenizer_unavailable' })

    const fake = fakeDraft()
    const res2 = await genericApp(fake.draft)(body, await genericHeaders(body))
    expect(res2.status).toBe(200)
    expect(await deliveryRow('generic', id)).toMatchObject({ status: 'done', attempts: 2, last_error: null })
  })

  it('answers 409 delivery_in_progress to a second copy that arrives while the first is drafting', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const fake = fakeDraft()
    let started!: () => void
    const startedP = new Promise<void>((r) => (started = r))
    const post = genericApp(async (assets, req, now) => {
      started()
      await gate
      return fake.draft(assets, req)
    })
    const id = uniqueId('race')
    const body = bodyOf(id)
    const firstP = post(body, await genericHeaders(body))
    await startedP
    const second = await post(body, await genericHeaders(body))
    expect(second.status).toBe(409)
    expect((await errorOf(second)).code).toBe('delivery_in_progress')
    expect(second.headers.get('retry-after')).toBe('5')
    release()
    expect((await firstP).status).toBe(200)
    expect(fake.calls).toHaveLength(1)
  })

  it('validates the body after the signature: a missing id is 400 invalid_request, and nothing is recorded', async () => {
    const body = JSON.stringify({ message: 'cancel please' })
    const res = await genericApp(fakeDraft().draft)(body, await genericHeaders(body))
    expect(res.status).toBe(400)
    const err = await errorOf(res)
    expect(err.code).toBe('invalid_request')
    expect(JSON.stringify(err.issues)).toContain('"id"')
  })
})

describe('generic webhook through the Worker, with the real draftReply', () => {
  it('answers what /api/draft answers for the same request, and replays it for the same id', async () => {
    const id = uniqueId('real')
    const req = { message: '注文をキャンセルしたいです', order: { status: 'unshipped' as const, fulfillment: 'merchant' as const } }
    const body = JSON.stringify({ id, ...req })
    const send = async () => call('/api/webhooks/generic', { method: 'POST', headers: await genericHeaders(body), body })
    const first = await send()
    expect(first.status).toBe(200)
    const got = DraftResponse.parse(await first.json())
    expect(got).toEqual(await draftReply(env.ASSETS, req))
    const again = await send()
    expect(again.headers.get('idempotent-replay')).toBe('true')
    expect(DraftResponse.parse(await again.json())).toEqual(got)
    expect(await deliveryRow('generic', id)).toMatchObject({ status: 'done', attempts: 1, action_code: got.action.code })
  })
})

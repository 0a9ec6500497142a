import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../src/app'
import { FeedbackResponse } from '../src/schemas/training'
import { scenarioById } from '../src/training/bank'
import { call, errorOf, postJson } from './support/worker'

type Started = { drill: { id: string; trainee: string; size: number }; questions: { position: number; scenarioId: string; choices: { key: string; label: string }[] }[] }
const db = (env as unknown as { DB: D1Database }).DB
const unique = (p: string) => `${p}-${crypto.randomUUID().slice(0, 8)}`

async function start(body: Record<string, unknown>): Promise<Started> {
  const res = await postJson('/api/training/drills', body)
  expect(res.status).toBe(201)
  return (await res.json()) as Started
}
const answerAt = (drillId: string, position: number, choice: string, reply?: string) =>
  postJson('/api/training/attempts', { drillId, position, choice, ...(reply ? { reply } : {}) })

describe('training drills persist in D1', () => {
  it('starts a drill of 10 by default, stored with its trainee', async () => {
    const name = unique('Sato')
    const s = await start({ name })
    expect(s.drill.size).toBe(10)
    expect(s.questions).toHaveLength(10)
    expect(new Set(s.questions.map((q) => q.scenarioId)).size).toBe(10)
    const row = await db.prepare('SELECT d.size, t.name FROM drills d JOIN trainees t ON t.id = d.trainee_id WHERE d.id = ?').bind(s.drill.id).first()
    expect(row).toEqual({ size: 10, name })
  })

  it('starts a one-topic drill in one language', async () => {
    const s = await start({ name: unique('Ito'), size: 3, topic: 'stockout', lang: 'en' })
    for (const q of s.questions) expect(scenarioById(q.scenarioId)).toMatchObject({ topic: 'stockout', lang: 'en' })
  })

  it('stores each answer with correctness per topic, and refuses a second answer to the same question', async () => {
    const s = await start({ name: unique('Kato'), size: 3 })
    const [q0, q1] = s.questions
    const right = scenarioById(q0!.scenarioId)!.expected
    const wrong = scenarioById(q1!.scenarioId)!.choices.find((c) => c !== scenarioById(q1!.scenarioId)!.expected)!

    const fb0 = FeedbackResponse.parse(await (await answerAt(s.drill.id, 0, right)).json())
    expect(fb0).toMatchObject({ correct: true, expected: { key: right }, next: 1 })
    expect(fb0.policyRef.length).toBeGreaterThan(10)
    const fb1 = FeedbackResponse.parse(await (await answerAt(s.drill.id, 1, wrong, 'I have cancelled your order. See https://example.com')).json())
    expect(fb1.correct).toBe(false)
    expect(fb1.findings.map((f) => f.code)).toContain('link_or_email')
    expect(fb1.replyOk).toBe(false)

    const again = await answerAt(s.drill.id, 0, scenarioById(q0!.scenarioId)!.choices.find((c) => c !== right)!)
    expect(again.status).toBe(409)
    expect((await errorOf(again)).code).toBe('already_answered')

    const rows = await db.prepare('SELECT position, topic, correct, reply_errors FROM attempts WHERE drill_id = ? ORDER BY position').bind(s.drill.id).all()
    expect(rows.results).toEqual([
      { position: 0, topic: scenarioById(q0!.scenarioId)!.topic, correct: 1, reply_errors: 0 },
      { position: 1, topic: scenarioById(q1!.scenarioId)!.topic, correct: 0, reply_errors: expect.any(Number) },
    ])
    expect((rows.results[1] as { reply_errors: number }).reply_errors).toBeGreaterThan(0)
  })

  it('marks the drill finished after the last answer and summarises per topic', async () => {
    const s = await start({ name: unique('Abe'), size: 2, topic: 'return' })
    for (const q of s.questions) await answerAt(s.drill.id, q.position, scenarioById(q.scenarioId)!.expected)
    const state = (await (await call(`/api/training/drills/${s.drill.id}`)).json()) as { next: number | null; drill: { finishedAt: string | null }; summary: { correct: number; total: number; byTopic: unknown[] } }
    expect(state.next).toBeNull()
    expect(state.drill.finishedAt).toMatch(/^\d{4}-/)
    expect(state.summary).toMatchObject({ correct: 2, total: 2, byTopic: [{ topic: 'return', correct: 2, total: 2 }] })
  })

  it('rejects a choice not offered, an unknown drill, and a missing name', async () => {
    const s = await start({ name: unique('Ono'), size: 1 })
    const offered = scenarioById(s.questions[0]!.scenarioId)!.choices as string[]
    const notOffered = ['restore_canceled_order', 'ship_pending_order'].find((c) => !offered.includes(c))!
    expect((await errorOf(await answerAt(s.drill.id, 0, notOffered))).code).toBe('invalid_choice')
    expect((await errorOf(await answerAt(s.drill.id, 0, 'not_a_choice'))).code).toBe('invalid_request')
    expect((await errorOf(await answerAt(crypto.randomUUID(), 0, 'no_intent'))).code).toBe('drill_not_found')
    expect((await errorOf(await postJson('/api/training/drills', { name: '' }))).code).toBe('invalid_request')
  })

  it('reports accuracy per trainee and topic, the most-missed scenarios and progress per day', async () => {
    const name = unique('Mori')
    const s = await start({ name, size: 2, topic: 'cancel' })
    const q = s.questions[0]!
    const sc = scenarioById(q.scenarioId)!
    await answerAt(s.drill.id, 0, sc.choices.find((c) => c !== sc.expected)!)
    const token = (env as { ADMIN_TOKEN?: string }).ADMIN_TOKEN
    const report = (await (await call('/api/training/report', { headers: token ? { authorization: `Bearer ${token}` } : {} })).json()) as {
      trainees: { name: string; topic: string; correct: number; total: number }[]
      mostMissed: { scenarioId: string; missed: number }[]
      perDay: { name: string; day: string; total: number }[]
    }
    expect(report.trainees).toContainEqual({ name, topic: 'cancel', correct: 0, total: 1 })
    expect(report.mostMissed.map((m) => m.scenarioId)).toContain(sc.id)
    expect(report.perDay).toContainEqual({ name, day: new Date().toISOString().slice(0, 10), correct: 0, total: 1 })
  })
})

describe('the report behind ADMIN_TOKEN', () => {
  const withToken = { ...(env as object), ADMIN_TOKEN: 's3cret-token' }
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers }, withToken)

  it('refuses the JSON report without the token, and serves it with the Bearer header', async () => {
    expect((await get('/api/training/report')).status).toBe(401)
    expect((await get('/api/training/report', { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await get('/api/training/report', { authorization: 'Bearer s3cret-token' })).status).toBe(200)
  })

  it('shows the token form, sets an HttpOnly cookie on the right token, and then serves the HTML report', async () => {
    const form = await get('/training/report')
    expect(form.status).toBe(401)
    expect(await form.text()).toContain('name="token"')
    const post = (token: string) =>
      app.request('/training/report/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(token)}` }, withToken)
    expect((await post('nope')).status).toBe(401)
    const ok = await post('s3cret-token')
    expect(ok.status).toBe(303)
    const cookie = ok.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).not.toContain('s3cret-token')
    const page = await get('/training/report', { cookie: cookie.split(';')[0]! })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('data-testid="accuracy"')
    expect((await get('/training/report', { cookie: 'madoguchi_admin=' + '0'.repeat(64) })).status).toBe(401)
  })
})

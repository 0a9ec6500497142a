import { describe, expect, it } from 'vitest'
import goldenEn from './golden/draft-en.jsonl?raw'
import goldenJa from './golden/draft-ja.jsonl?raw'
import { detectLanguage } from '../src/nlp/language'
import { draftFromAnalysis } from '../src/reply/draft-reply'
import { AnalyzeResponse, type IntentType } from '../src/schemas/analyze'
import { DraftRequest, DraftResponse } from '../src/schemas/draft'
import { postJson } from './support/worker'

type Golden = {
  id: string
  why: string
  intents: IntentType[]
  request: DraftRequest
  expect: {
    code: string
    deadline?: string | null
    display?: string
    contains?: string[]
    notContains?: string[]
    warningsContain?: string[]
    affectsCancellationRate?: boolean
    lang?: 'ja' | 'en'
  }
}

const parse = (text: string, lang: 'ja' | 'en'): (Golden & { lang: 'ja' | 'en' })[] =>
  text.split('\n').filter((l) => l.trim()).map((l) => ({ ...(JSON.parse(l) as Golden), lang }))
const CASES = [...parse(goldenJa, 'ja'), ...parse(goldenEn, 'en')]

const DEADLINE_CODES = ['request_official_cancel', 'address_change_reorder']
const LINK = /https?:\/\/|www\.|[\w.+-]+@[\w-]+\.[a-z]{2,}/i
// Claims of a cancellation that has not happened yet (POLICY.md: never claim what was not done).
const FALSE_CLAIM = /キャンセルいたしました|キャンセル致しました|キャンセルしました|we have cancell?ed|we cancell?ed your/i

function check(c: Golden & { lang: 'ja' | 'en' }, body: DraftResponse) {
  const e = c.expect
  expect(body.action.code, c.why).toBe(e.code)
  if (e.deadline !== undefined) expect(body.deadline?.date ?? null, c.why).toBe(e.deadline)
  if (e.display) expect(body.deadline?.display, c.why).toBe(e.display)
  if (e.affectsCancellationRate !== undefined) expect(body.action.affectsCancellationRate).toBe(e.affectsCancellationRate)
  expect(body.deadline === null, 'a deadline exactly for the fallback rows').toBe(!DEADLINE_CODES.includes(e.code))
  expect(body.action.summary.length).toBeGreaterThan(0)
  expect(body.action.steps.length).toBeGreaterThan(0)
  for (const w of e.warningsContain ?? []) expect(body.warnings.some((x) => x.includes(w)), `a warning containing ${w}: ${body.warnings.join(' | ')}`).toBe(true)

  if (e.code === 'no_intent') return expect(body.reply).toBeNull()
  const reply = body.reply!
  expect(reply.lang).toBe(e.lang ?? c.request.lang ?? c.lang)
  const text = `${reply.subject}\n${reply.body}`
  for (const s of e.contains ?? []) expect(text, c.why).toContain(s)
  for (const s of e.notContains ?? []) expect(text, c.why).not.toContain(s)
  expect(reply.body.length).toBeLessThanOrEqual(2000)
  expect(reply.subject.length).toBeGreaterThan(0)
  expect(text).not.toMatch(LINK)
  expect(text).not.toMatch(FALSE_CLAIM)
  if (body.deadline) expect(reply.body).toContain(body.deadline.display)
  if (reply.lang === 'ja') expect(reply.body).toMatch(/ます。/)
}

describe('golden cases', () => {
  it('cover every action code in both message languages and number at least 60', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
    for (const lang of ['ja', 'en'] as const) {
      const codes = new Set(CASES.filter((c) => c.lang === lang).map((c) => c.expect.code))
      expect([...codes].sort()).toEqual([...DraftResponse.shape.action.shape.code.options].sort())
    }
  })
})

// Policy, dates and templates for the intents each message clearly states; independent of the detector.
describe('golden: stated intents → action, deadline, reply', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const req = DraftRequest.parse(c.request)
    const analysis = AnalyzeResponse.parse({
      language: detectLanguage(req.message),
      intents: c.intents.map((type) => ({ type, confidence: 1, evidence: [] })),
      negated: [],
    })
    check(c, draftFromAnalysis(analysis, req, new Date('2026-11-24T18:00:00Z')))
  })
})

// End to end through the Worker with the real detector, which must find exactly the stated intents.
describe('golden: through the Worker', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const res = await postJson('/api/draft', c.request)
    expect(res.status).toBe(200)
    const body = DraftResponse.parse(await res.json())
    expect(body.analysis.intents.map((i) => i.type).sort(), c.why).toEqual([...c.intents].sort())
    check(c, body)
  })
})

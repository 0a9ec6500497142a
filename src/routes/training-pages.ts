import { Hono, type Context } from 'hono'
import { setCookie } from 'hono/cookie'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { ADMIN_COOKIE, hex, isAdmin, isAdminToken, tokenDigest } from '../http/admin-session'
import { readRawBody, validate } from '../http/json-body'
import { AnswerRequest, StartDrillRequest } from '../schemas/training'
import { listAttempts } from '../training/drill-store'
import { answer, loadDrill, nextPosition, question, scenarioAt, startDrill, storedFeedback } from '../training/drills'
import { buildReport } from '../training/report'
import { summarize } from '../training/summary'
import { feedbackPage, questionPage, startPage, summaryPage } from '../training/views/drill-pages'
import { CSP } from '../training/views/layout'
import { loginPage, reportPage } from '../training/views/report-pages'

// HTML forms, no client script: an empty select means "not given".
async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') throw new ApiError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.')
  const fields: Record<string, string> = {}
  for (const [k, v] of new URLSearchParams(await readRawBody(c))) if (v !== '') fields[k] = v
  return fields
}

export const trainingPages = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CSP)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
  })
  .get('/', (c) => c.html(startPage()))
  .post('/drills', async (c) => {
    const parsed = StartDrillRequest.safeParse(await formFields(c))
    if (!parsed.success) return c.html(startPage('名前を入力してください(60文字まで)。/ Enter your name (up to 60 characters).'), 400)
    const drill = await startDrill(c.env.DB, parsed.data)
    return c.redirect(`/training/drills/${drill.id}`, 303)
  })
  .get('/drills/:id', async (c) => {
    const drill = await loadDrill(c.env.DB, c.req.param('id'))
    const next = await nextPosition(c.env.DB, drill)
    if (next === null) return c.html(summaryPage(drill, summarize(await listAttempts(c.env.DB, drill.id))))
    return c.html(questionPage(drill, question(drill, next)))
  })
  .post('/drills/:id/answers', async (c) => {
    const id = c.req.param('id')
    const req = validate(AnswerRequest, { ...(await formFields(c)), drillId: id }, ['reply'])
    try {
      await answer(c.env.DB, c.env.ASSETS, req)
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'already_answered')) throw e // a double submit shows the first answer
    }
    return c.redirect(`/training/drills/${id}/answers/${req.position}`, 303)
  })
  .get('/drills/:id/answers/:position', async (c) => {
    const drill = await loadDrill(c.env.DB, c.req.param('id'))
    const position = Number(c.req.param('position'))
    if (!Number.isInteger(position)) throw new ApiError(404, 'question_not_found', 'No such question.')
    const s = scenarioAt(drill, position)
    const fb = await storedFeedback(c.env.DB, c.env.ASSETS, drill, position)
    const reply = (await listAttempts(c.env.DB, drill.id)).find((a) => a.position === position)?.reply ?? null
    return c.html(feedbackPage(drill, fb, s.lang, reply))
  })
  .get('/report', async (c) => {
    if (!(await isAdmin(c))) return c.html(loginPage(), 401)
    return c.html(reportPage(await buildReport(c.env.DB)))
  })
  .post('/report/login', async (c) => {
    const token = (await formFields(c)).token ?? ''
    if (!(await isAdminToken(c, token))) return c.html(loginPage('トークンが違います。/ Wrong token.'), 401)
    setCookie(c, ADMIN_COOKIE, hex(await tokenDigest(token)), {
      path: '/training',
      httpOnly: true,
      secure: new URL(c.req.url).protocol === 'https:',
      sameSite: 'Strict',
      maxAge: 60 * 60 * 8,
    })
    return c.redirect('/training/report', 303)
  })

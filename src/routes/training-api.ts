import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { isAdmin } from '../http/admin-session'
import { jsonBody } from '../http/json-body'
import { AnswerRequest, FeedbackResponse, StartDrillRequest } from '../schemas/training'
import { answer, loadDrill, nextPosition, question, startDrill } from '../training/drills'
import { listAttempts } from '../training/drill-store'
import { buildReport } from '../training/report'
import { summarize } from '../training/summary'

// JSON API for drills: start, answer, state; the report behind ADMIN_TOKEN.
export const trainingApi = new Hono<AppEnv>()
  .post('/drills', async (c) => {
    const drill = await startDrill(c.env.DB, await jsonBody(c, StartDrillRequest))
    return c.json(
      {
        drill: { id: drill.id, trainee: drill.trainee_name, size: drill.size, topic: drill.topic, lang: drill.lang },
        questions: drill.scenario_ids.map((_, i) => question(drill, i)),
      },
      201,
    )
  })
  .get('/drills/:id', async (c) => {
    const drill = await loadDrill(c.env.DB, c.req.param('id'))
    const attempts = await listAttempts(c.env.DB, drill.id)
    return c.json({
      drill: { id: drill.id, trainee: drill.trainee_name, size: drill.size, topic: drill.topic, lang: drill.lang, finishedAt: drill.finished_at },
      next: await nextPosition(c.env.DB, drill),
      summary: summarize(attempts),
    })
  })
  .post('/attempts', async (c) => {
    const fb = await answer(c.env.DB, c.env.ASSETS, await jsonBody(c, AnswerRequest, { sizeLimitedPaths: ['reply'] }))
    return c.json(FeedbackResponse.parse(fb), 201)
  })
  .get('/report', async (c) => {
    if (!(await isAdmin(c))) throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.', undefined, { 'WWW-Authenticate': 'Bearer' })
    return c.json(await buildReport(c.env.DB))
  })

import { ApiError } from '../errors'
import type { AnswerRequest, FeedbackResponse, StartDrillRequest } from '../schemas/training'
import { orderedChoices, pickScenarios, scenarioById } from './bank'
import { getDrill, insertAttempt, insertDrill, listAttempts, traineeId, type DrillRow } from './drill-store'
import { feedbackFor } from './feedback'
import type { Scenario } from './scenario-data'

// The drill flow shared by the JSON API and the HTML pages.
export async function startDrill(db: D1Database, req: StartDrillRequest): Promise<DrillRow> {
  const scenarios = pickScenarios(req.size, req.topic, req.lang)
  if (scenarios.length === 0) throw new ApiError(400, 'no_scenarios', 'No scenario matches that topic and language.')
  const id = await insertDrill(db, { traineeId: await traineeId(db, req.name), topic: req.topic, lang: req.lang, scenarioIds: scenarios.map((s) => s.id) })
  return (await getDrill(db, id))!
}

export async function loadDrill(db: D1Database, id: string): Promise<DrillRow> {
  const drill = /^[0-9a-f-]{36}$/.test(id) ? await getDrill(db, id) : null
  if (!drill) throw new ApiError(404, 'drill_not_found', 'No drill with that id.')
  return drill
}

export function scenarioAt(drill: DrillRow, position: number): Scenario {
  const s = drill.scenario_ids[position] !== undefined ? scenarioById(drill.scenario_ids[position]!) : undefined
  if (!s) throw new ApiError(404, 'question_not_found', `The drill has no question ${position}.`)
  return s
}

// What the trainee sees: the message, the order facts, extra notes, and the choices in plain words.
export function question(drill: DrillRow, position: number) {
  const s = scenarioAt(drill, position)
  return {
    position,
    scenarioId: s.id,
    topic: s.topic,
    lang: s.lang,
    message: s.message,
    order: s.order,
    receivedAt: s.receivedAt,
    notes: s.notes ?? null,
    choices: orderedChoices(s, drill.id),
  }
}

export async function nextPosition(db: D1Database, drill: DrillRow): Promise<number | null> {
  const done = new Set((await listAttempts(db, drill.id)).map((a) => a.position))
  for (let i = 0; i < drill.size; i++) if (!done.has(i)) return i
  return null
}

export async function answer(db: D1Database, assets: Fetcher, req: AnswerRequest): Promise<FeedbackResponse> {
  const drill = await loadDrill(db, req.drillId)
  const s = scenarioAt(drill, req.position)
  if (!s.choices.includes(req.choice)) throw new ApiError(400, 'invalid_choice', 'That choice is not offered for this question.')
  const reply = req.reply?.trim() ? req.reply : null
  const fb = await feedbackFor(assets, s, req.choice, reply)
  const stored = await insertAttempt(db, drill, {
    position: req.position,
    scenario_id: s.id,
    topic: s.topic,
    lang: s.lang,
    chosen: req.choice,
    expected: s.expected,
    correct: fb.correct,
    reply,
    reply_errors: fb.findings.filter((f) => f.severity === 'error').length,
  })
  if (!stored) throw new ApiError(409, 'already_answered', 'This question has already been answered.')
  return { position: req.position, scenarioId: s.id, ...fb, next: await nextPosition(db, drill) }
}

// Feedback for an attempt already stored (the page after the redirect).
export async function storedFeedback(db: D1Database, assets: Fetcher, drill: DrillRow, position: number): Promise<FeedbackResponse> {
  const s = scenarioAt(drill, position)
  const a = (await listAttempts(db, drill.id)).find((x) => x.position === position)
  if (!a) throw new ApiError(404, 'not_answered', 'This question has not been answered yet.')
  const fb = await feedbackFor(assets, s, a.chosen as Scenario['choices'][number], a.reply)
  return { position, scenarioId: s.id, ...fb, next: await nextPosition(db, drill) }
}

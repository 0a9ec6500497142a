import type { Lang } from '../schemas/analyze'
import type { Topic } from './scenario-data'

// D1 access for trainees, drills and attempts (migrations/0002_training.sql).
export type DrillRow = {
  id: string
  trainee_id: string
  trainee_name: string
  topic: Topic | null
  lang: Lang | null
  scenario_ids: string[]
  size: number
  created_at: string
  finished_at: string | null
}

export type AttemptRow = {
  position: number
  scenario_id: string
  topic: Topic
  lang: Lang
  chosen: string
  expected: string
  correct: boolean
  reply: string | null
  reply_errors: number
  created_at: string
}

const nowIso = () => new Date().toISOString()

export async function traineeId(db: D1Database, name: string): Promise<string> {
  const id = crypto.randomUUID()
  await db.prepare('INSERT INTO trainees (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING').bind(id, name, nowIso()).run()
  const row = await db.prepare('SELECT id FROM trainees WHERE name = ?').bind(name).first<{ id: string }>()
  return row!.id
}

export async function insertDrill(db: D1Database, d: { traineeId: string; topic?: Topic; lang?: Lang; scenarioIds: string[] }): Promise<string> {
  const id = crypto.randomUUID()
  await db
    .prepare('INSERT INTO drills (id, trainee_id, topic, lang, scenario_ids, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(id, d.traineeId, d.topic ?? null, d.lang ?? null, JSON.stringify(d.scenarioIds), d.scenarioIds.length, nowIso())
    .run()
  return id
}

export async function getDrill(db: D1Database, id: string): Promise<DrillRow | null> {
  const row = await db
    .prepare('SELECT d.*, t.name AS trainee_name FROM drills d JOIN trainees t ON t.id = d.trainee_id WHERE d.id = ?')
    .bind(id)
    .first<Omit<DrillRow, 'scenario_ids'> & { scenario_ids: string }>()
  return row ? { ...row, scenario_ids: JSON.parse(row.scenario_ids) as string[] } : null
}

export async function listAttempts(db: D1Database, drillId: string): Promise<AttemptRow[]> {
  const { results } = await db
    .prepare('SELECT position, scenario_id, topic, lang, chosen, expected, correct, reply, reply_errors, created_at FROM attempts WHERE drill_id = ? ORDER BY position')
    .bind(drillId)
    .all<Omit<AttemptRow, 'correct'> & { correct: number }>()
  return results.map((r) => ({ ...r, correct: r.correct === 1 }))
}

// One answer per position: a second answer to the same question is refused (returns false), so scores can't be retried up.
export async function insertAttempt(
  db: D1Database,
  drill: DrillRow,
  a: Omit<AttemptRow, 'created_at'>,
): Promise<boolean> {
  const res = await db
    .prepare(
      `INSERT INTO attempts (drill_id, trainee_id, position, scenario_id, topic, lang, chosen, expected, correct, reply, reply_errors, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(drill_id, position) DO NOTHING`,
    )
    .bind(drill.id, drill.trainee_id, a.position, a.scenario_id, a.topic, a.lang, a.chosen, a.expected, a.correct ? 1 : 0, a.reply, a.reply_errors, nowIso())
    .run()
  const inserted = (res.meta.changes ?? 0) > 0
  if (inserted) {
    await db
      .prepare('UPDATE drills SET finished_at = ? WHERE id = ? AND finished_at IS NULL AND (SELECT COUNT(*) FROM attempts WHERE drill_id = ?) >= size')
      .bind(nowIso(), drill.id, drill.id)
      .run()
  }
  return inserted
}

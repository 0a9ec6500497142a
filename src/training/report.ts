// The CS lead's view (/training/report): accuracy per trainee and topic, the most-missed scenarios, progress per day.
export type Report = {
  trainees: { name: string; topic: string; correct: number; total: number }[]
  mostMissed: { scenarioId: string; topic: string; missed: number; total: number }[]
  perDay: { name: string; day: string; correct: number; total: number }[]
}

export async function buildReport(db: D1Database): Promise<Report> {
  const [trainees, mostMissed, perDay] = await db.batch([
    db.prepare(
      `SELECT t.name AS name, a.topic AS topic, SUM(a.correct) AS correct, COUNT(*) AS total
       FROM attempts a JOIN trainees t ON t.id = a.trainee_id GROUP BY t.name, a.topic ORDER BY t.name, a.topic`,
    ),
    db.prepare(
      `SELECT scenario_id AS scenarioId, topic, COUNT(*) - SUM(correct) AS missed, COUNT(*) AS total
       FROM attempts GROUP BY scenario_id HAVING missed > 0 ORDER BY missed DESC, CAST(missed AS REAL) / total DESC, scenario_id LIMIT 10`,
    ),
    db.prepare(
      `SELECT t.name AS name, substr(a.created_at, 1, 10) AS day, SUM(a.correct) AS correct, COUNT(*) AS total
       FROM attempts a JOIN trainees t ON t.id = a.trainee_id GROUP BY t.name, day ORDER BY t.name, day`,
    ),
  ])
  return {
    trainees: trainees!.results as Report['trainees'],
    mostMissed: mostMissed!.results as Report['mostMissed'],
    perDay: perDay!.results as Report['perDay'],
  }
}

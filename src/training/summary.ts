import { scenarioById } from './bank'
import type { AttemptRow } from './drill-store'

export type TopicScore = { topic: string; correct: number; total: number }
export type DrillSummary = { correct: number; total: number; byTopic: TopicScore[]; review: { scenarioId: string; topic: string; policyRef: string }[] }

// Score per topic and what to review (the scenarios answered wrongly, with their policy line).
export function summarize(attempts: AttemptRow[]): DrillSummary {
  const topics = new Map<string, TopicScore>()
  for (const a of attempts) {
    const t = topics.get(a.topic) ?? { topic: a.topic, correct: 0, total: 0 }
    t.total += 1
    if (a.correct) t.correct += 1
    topics.set(a.topic, t)
  }
  return {
    correct: attempts.filter((a) => a.correct).length,
    total: attempts.length,
    byTopic: [...topics.values()].sort((a, b) => a.correct / a.total - b.correct / b.total || a.topic.localeCompare(b.topic)),
    review: attempts
      .filter((a) => !a.correct)
      .map((a) => ({ scenarioId: a.scenario_id, topic: a.topic, policyRef: scenarioById(a.scenario_id)?.policyRef ?? '' })),
  }
}

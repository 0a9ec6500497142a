import type { Lang } from '../schemas/analyze'
import { CHOICES, SCENARIOS } from './bank.gen'
import type { ChoiceKey, Scenario, Topic } from './scenario-data'

let byId: Map<string, Scenario> | undefined
// Indexed on first use (STYLE.md: no work at module top level).
export function scenarioById(id: string): Scenario | undefined {
  byId ??= new Map(SCENARIOS.map((s) => [s.id, s]))
  return byId.get(id)
}

export const choiceLabel = (key: ChoiceKey, lang: Lang) => CHOICES[key][lang]

export function randomIndex(n: number): number {
  const buf = new Uint32Array(1)
  crypto.getRandomValues(buf)
  return buf[0]! % n
}

// Up to `size` scenarios of the topic/language, in random order (Fisher–Yates over a copy).
export function pickScenarios(size: number, topic?: Topic, lang?: Lang): Scenario[] {
  const pool = SCENARIOS.filter((s) => (!topic || s.topic === topic) && (!lang || s.lang === lang))
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1)
    ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
  }
  return pool.slice(0, size)
}

// A stable per-drill order of the choices, so the right one isn't always first.
export function orderedChoices(s: Scenario, drillId: string): { key: ChoiceKey; label: string }[] {
  const h = (k: string) => {
    let x = 2166136261
    for (const ch of drillId + s.id + k) x = Math.imul(x ^ ch.charCodeAt(0), 16777619)
    return x >>> 0
  }
  return [...s.choices].sort((a, b) => h(a) - h(b)).map((key) => ({ key, label: choiceLabel(key, s.lang) }))
}

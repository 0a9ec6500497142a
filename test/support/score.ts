// Scores detection against a labelled corpus: shared by `npm run eval` (Node) and the workerd gate test.
import type { IntentType, Lang } from '../../src/schemas/analyze'

export type Labelled = { id: string; text: string; intents: IntentType[]; negated: IntentType[]; tags: string[] }
export type Got = { intents: IntentType[]; negated: IntentType[] }
export type Miss = { id: string; text: string; expected: IntentType[]; got: IntentType[] }
export type IntentScore = { intent: IntentType; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export type LangScore = { lang: Lang; n: number; perIntent: IntentScore[]; macroF1: number; dontCancelAsCancel: string[]; misses: Miss[] }

export const INTENTS: IntentType[] = ['cancel', 'address_change', 'return']

export function parseJsonl(raw: string): Labelled[] {
  return raw.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Labelled)
}

export function score(lang: Lang, rows: Labelled[], got: Got[]): LangScore {
  const perIntent = INTENTS.map((intent) => {
    let tp = 0, fp = 0, fn = 0
    rows.forEach((r, i) => {
      const e = r.intents.includes(intent)
      const g = got[i]!.intents.includes(intent)
      if (e && g) tp++
      else if (g) fp++
      else if (e) fn++
    })
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { intent, tp, fp, fn, precision, recall, f1 }
  })
  const macroF1 = perIntent.reduce((s, x) => s + x.f1, 0) / perIntent.length
  const dontCancelAsCancel = rows.filter((r, i) => r.tags.includes('dont-cancel') && got[i]!.intents.includes('cancel')).map((r) => r.id)
  const misses = rows.flatMap((r, i) => {
    const g = [...got[i]!.intents].sort()
    const e = [...r.intents].sort()
    return g.join() === e.join() ? [] : [{ id: r.id, text: r.text, expected: e, got: g }]
  })
  return { lang, n: rows.length, perIntent, macroF1, dontCancelAsCancel, misses }
}

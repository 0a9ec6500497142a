import { describe, expect, it } from 'vitest'
import type { Detection } from '../src/nlp/detect'
import { prepare } from '../src/nlp/detect'
import { MODEL } from '../src/nlp/model.gen'
import { opinion, withSecondOpinion } from '../src/nlp/second-opinion'

// The learned second opinion only reviews what the rules decided: these pin its three moves and its one veto.
const none: Detection = { intents: [], negated: [] }
const cancelNegated: Detection = { intents: [], negated: [{ type: 'cancel', confidence: 0.9, evidence: [] }] }
const review = (text: string, rules: Detection, lang: 'ja' | 'en' = 'en') => withSecondOpinion(rules, prepare(text, lang), lang)

describe('second opinion', () => {
  it('adds an intent the rules missed, with evidence that points into the text as sent', () => {
    const text = 'ＰＬＥＡＳＥ cancel my order, I ordered it twice by mistake and want to cancel one'
    expect(opinion(prepare(text, 'en'), 'en').probability.cancel).toBeGreaterThanOrEqual(MODEL.en.add)
    const added = review(text, none).intents.find((i) => i.type === 'cancel')!
    expect(added.evidence.length).toBeGreaterThan(0)
    for (const e of added.evidence) expect(text.slice(e.start, e.end)).toBe(e.text)
  })

  it('never adds an intent the rules found explicitly not wanted', () => {
    const text = 'please cancel my order, cancel it, cancel cancel'
    expect(review(text, cancelNegated).intents.map((i) => i.type)).not.toContain('cancel')
    expect(review(text, cancelNegated).negated.map((i) => i.type)).toEqual(['cancel'])
  })

  it('drops a rule request it finds very unlikely, and keeps one it finds plausible', () => {
    const ruled = (type: 'return' | 'cancel'): Detection => ({ intents: [{ type, confidence: 0.7, evidence: [] }], negated: [] })
    expect(review('What colours does the kettle come in? Thanks!', ruled('return')).intents).toEqual([])
    expect(review('返品したいです。サイズが合いませんでした。', ruled('return'), 'ja').intents.map((i) => i.type)).toEqual(['return'])
  })

  it('reads words that are also object keys as words', () => {
    for (const text of ['constructor', '__proto__ toString hasOwnProperty', 'valueOf']) {
      const p = opinion(prepare(text, 'en'), 'en').probability
      for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true)
    }
  })
})

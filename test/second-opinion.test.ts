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

  it('keeps a rule request exactly when the model gives it at least `keep`, and drops it below', () => {
    const ruled: Detection = { intents: [{ type: 'return', confidence: 0.7, evidence: [] }], negated: [] }
    const texts = [
      ['Is the price in CAD or USD? My bank charges an exchange fee.', 'en'],
      ['Do you ship to Hawaii? Thanks in advance.', 'en'],
      ['I want to return this, it does not fit.', 'en'],
      ['領収書の宛名を会社名にしてください。', 'ja'],
      ['返品したいです。サイズが合いませんでした。', 'ja'],
    ] as const
    const kept = texts.map(([text, lang]) => {
      const stays = review(text, ruled, lang).intents.length > 0
      expect(stays, text).toBe(opinion(prepare(text, lang), lang).probability.return >= MODEL[lang].keep)
      return stays
    })
    // Both branches are exercised: some requests stand, some are dropped.
    expect(kept).toContain(true)
    expect(kept).toContain(false)
  })

  it('reads words that are also object keys as words', () => {
    for (const text of ['constructor', '__proto__ toString hasOwnProperty', 'valueOf']) {
      const p = opinion(prepare(text, 'en'), 'en').probability
      for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true)
    }
  })
})

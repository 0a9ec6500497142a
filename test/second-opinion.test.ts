import { env as bindings } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { Env } from '../src/env'
import type { Detection } from '../src/nlp/detect'
import { prepare } from '../src/nlp/detect'
import { features } from '../src/nlp/features'
import { MODEL } from '../src/nlp/model.gen'
import { opinion, withSecondOpinion } from '../src/nlp/second-opinion'
import { getTokenizer } from '../src/nlp/tokenizer'
import type { Lang } from '../src/schemas/analyze'

const env = bindings as unknown as Env

// The learned second opinion only reviews what the rules decided: these pin its moves and its vetoes.
const none: Detection = { intents: [], negated: [] }
const cancelNegated: Detection = { intents: [], negated: [{ type: 'cancel', confidence: 0.9, evidence: [] }] }
const cancelRequested: Detection = { intents: [{ type: 'cancel', confidence: 0.8, evidence: [{ start: 0, end: 6, text: 'cancel' }] }], negated: [] }

// Japanese features include kuromoji's words, as in the Worker.
async function view(text: string, lang: Lang = 'en') {
  const norm = prepare(text, lang)
  const tokens = lang === 'ja' ? (await getTokenizer(env.ASSETS)).tokenize(norm.text) : null
  return { probability: opinion(norm, lang, tokens).probability, review: (rules: Detection) => withSecondOpinion(rules, norm, lang, tokens) }
}

describe('second opinion', () => {
  it('adds an intent the rules missed, with evidence that points into the text as sent', async () => {
    const text = 'ＰＬＥＡＳＥ cancel my order, I ordered it twice by mistake and want to cancel one'
    const { probability, review } = await view(text)
    expect(probability.cancel).toBeGreaterThanOrEqual(MODEL.en.add.cancel)
    const added = review(none).intents.find((i) => i.type === 'cancel')!
    expect(added.evidence.length).toBeGreaterThan(0)
    for (const e of added.evidence) expect(text.slice(e.start, e.end)).toBe(e.text)
  })

  it('never turns a cancel the rules found explicitly not wanted into a request', async () => {
    const { probability, review } = await view('please cancel my order, cancel it, cancel cancel')
    expect(probability.cancel).toBeGreaterThanOrEqual(MODEL.en.add.cancel) // the model alone would add it
    expect(review(cancelNegated).intents.map((i) => i.type)).not.toContain('cancel')
    expect(review(cancelNegated).negated.map((i) => i.type)).toEqual(['cancel'])
  })

  it('turns an address change or return the rules read as not wanted into a request exactly at `overrule`', async () => {
    const returnNegated: Detection = { intents: [], negated: [{ type: 'return', confidence: 0.9, evidence: [{ start: 0, end: 2, text: 'x' }] }] }
    const texts = [
      ['I want to return this, it does not fit. How do I send it back for a refund?', 'en'],
      ['Thanks, the refund for my last order arrived. All good.', 'en'],
      ['サイズが合わないので返品したいです。返送先を教えてください。', 'ja'],
      ['返品はしません。気に入りました。', 'ja'],
    ] as const
    const moved: boolean[] = []
    for (const [text, lang] of texts) {
      const { probability, review } = await view(text, lang)
      const out = review(returnNegated)
      const requested = out.intents.some((i) => i.type === 'return')
      expect(requested, text).toBe(probability.return >= MODEL[lang].overrule.return)
      // Either a request (with the model's words as evidence) or still a mention — never both, never lost.
      expect(out.negated.some((i) => i.type === 'return'), text).toBe(!requested)
      if (requested) {
        const shown = out.intents.find((i) => i.type === 'return')!.evidence
        expect(shown.length, text).toBeGreaterThan(0)
        expect(shown, text).not.toEqual(returnNegated.negated[0]!.evidence)
        for (const e of shown) expect(text.slice(e.start, e.end)).toBe(e.text)
      }
      moved.push(requested)
    }
    expect(moved).toContain(true)
    expect(moved).toContain(false)
  })

  it('keeps a rule request exactly when the model gives it at least `keep`, and drops it below', async () => {
    const ruled: Detection = { intents: [{ type: 'return', confidence: 0.7, evidence: [] }], negated: [] }
    const texts = [
      ['Is the price in CAD or USD? My bank charges an exchange fee.', 'en'],
      ['Do you ship to Hawaii? Thanks in advance.', 'en'],
      ['I want to return this, it does not fit.', 'en'],
      ['領収書の宛名を会社名にしてください。', 'ja'],
      ['返品したいです。サイズが合いませんでした。', 'ja'],
    ] as const
    const kept: boolean[] = []
    for (const [text, lang] of texts) {
      const { probability, review } = await view(text, lang)
      const stays = review(ruled).intents.length > 0
      expect(stays, text).toBe(probability.return >= MODEL[lang].keep.return)
      kept.push(stays)
    }
    // Both branches are exercised: some requests stand, some are dropped.
    expect(kept).toContain(true)
    expect(kept).toContain(false)
  })

  it('withdraws a cancel exactly when "keep the order" reaches `veto`, and reports it as negated', async () => {
    const texts = [
      ['Please do not cancel my order, I still want it. Ship it as planned.', 'en'],
      ['Please cancel my order, I ordered the wrong one.', 'en'],
      ['キャンセルはしないでください。そのまま発送をお願いします。', 'ja'],
      ['注文をキャンセルしてください。間違えて注文しました。', 'ja'],
    ] as const
    const withdrawn: boolean[] = []
    for (const [text, lang] of texts) {
      const { probability, review } = await view(text, lang)
      const out = review(cancelRequested)
      const gone = !out.intents.some((i) => i.type === 'cancel')
      const { veto, certain, outweigh } = MODEL[lang]
      const vetoed = probability.keep >= veto && probability.cancel < certain && probability.keep >= outweigh * probability.cancel
      expect(gone, text).toBe(vetoed || probability.cancel < MODEL[lang].keep.cancel)
      // A withdrawn cancel stays visible as a mention; one the model found unlikely anyway is simply dropped.
      const mention = vetoed && probability.cancel >= MODEL[lang].keep.cancel
      expect(out.negated.map((i) => i.type), text).toEqual(mention ? ['cancel'] : [])
      withdrawn.push(gone)
    }
    expect(withdrawn).toEqual([true, false, true, false])
  })

  it('keeps a one-word cancel the model is certain of, even where "keep the order" reads high for want of words', async () => {
    for (const [text, lang] of [['cancel', 'en'], ['キャンセル', 'ja']] as const) {
      const { probability, review } = await view(text, lang)
      expect(probability.cancel, text).toBeGreaterThanOrEqual(MODEL[lang].certain)
      expect(review(cancelRequested).intents.map((i) => i.type), text).toEqual(['cancel'])
    }
  })

  it('does not withdraw a cancel its own cancel output clearly outweighs "keep the order" in', async () => {
    // Asked to cancel one and ship the rest, the buyer's ship-it words lift the keep output, yet less than the cancel.
    const text = '1個キャンセルして、残りはそのまま発送してください'
    const { probability, review } = await view(text, 'ja')
    const { veto, outweigh } = MODEL.ja
    expect(probability.keep, text).toBeGreaterThanOrEqual(veto)
    expect(probability.keep, text).toBeLessThan(outweigh * probability.cancel)
    expect(review(cancelRequested).intents.map((i) => i.type), text).toEqual(['cancel'])
  })

  it('adds nothing beside a request the rules read only from a quoted offer', async () => {
    // The model sees just "yes please", which alone reads as a cancel; the rules took the return from the offer above it.
    const text = '> Shall we email you a prepaid return label?\n\nyes please'
    const offer = text.indexOf('return')
    const returnFromOffer: Detection = { intents: [{ type: 'return', confidence: 0.85, evidence: [{ start: offer, end: offer + 6, text: 'return' }] }], negated: [] }
    const { probability, review } = await view(text)
    expect(probability.cancel).toBeGreaterThanOrEqual(MODEL.en.add.cancel) // the model alone would add it
    expect(review(returnFromOffer).intents.map((i) => i.type)).toEqual(['return'])
    expect(review(none).intents.map((i) => i.type)).toContain('cancel')
  })

  it('adds nothing the rules set aside as final: nothing has been bought yet', async () => {
    const text = 'please cancel my order, I ordered it twice by mistake and want to cancel one'
    const { probability, review } = await view(text)
    expect(probability.cancel).toBeGreaterThanOrEqual(MODEL.en.add.cancel) // the model alone would add it
    expect(review({ ...none, dismissed: ['cancel'] }).intents).toEqual([])
    expect(review({ ...none, dismissed: ['return'] }).intents.map((i) => i.type)).toContain('cancel')
  })

  it('ships its keys in the code-unit order its binary search assumes', () => {
    for (const lang of ['ja', 'en'] as const) {
      const keys = JSON.parse(MODEL[lang].keys) as string[]
      expect(keys.length).toBeGreaterThan(1000)
      expect(keys.findIndex((k, i) => i > 0 && !(keys[i - 1]! < k))).toBe(-1)
    }
  })

  it('reads words that are also object keys as words', async () => {
    for (const text of ['constructor', '__proto__ toString hasOwnProperty', 'valueOf']) {
      const { probability } = await view(text)
      for (const v of Object.values(probability)) expect(Number.isFinite(v)).toBe(true)
    }
  })

  it('reads no English n-gram from a quoted line: the seller\'s words are not the buyer\'s', async () => {
    const reply = 'Thanks, that works.\n> Would you like us to cancel the order and refund you?'
    const keys = features(prepare(reply, 'en').text, 'en', null).map((f) => f.key)
    expect(keys).toContain('thanks')
    expect(keys.some((k) => k.includes('cancel') || k.includes('refund'))).toBe(false)
    // Without the quote mark the same words count.
    expect(features(prepare(reply.replace('> ', ''), 'en').text, 'en', null).some((f) => f.key === 'cancel')).toBe(true)
    // Japanese replies lean on the quoted offer (「はい、お願いします」): they keep it.
    const ja = 'はい、お願いします。\n> キャンセルいたしましょうか'
    const tokens = (await getTokenizer(env.ASSETS)).tokenize(prepare(ja, 'ja').text)
    expect(features(prepare(ja, 'ja').text, 'ja', tokens).some((f) => f.key === 'T:キャンセル')).toBe(true)
  })
})

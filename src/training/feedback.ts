import { checkReply, hasErrors } from '../checker/check-reply'
import { ApiError } from '../errors'
import { draftReply } from '../reply/draft-reply'
import type { Finding } from '../schemas/check-reply'
import { choiceLabel } from './bank'
import { checkerSituation, isDecidable } from './outcomes'
import type { ChoiceKey, Scenario } from './scenario-data'

export type Feedback = {
  correct: boolean
  chosen: { key: ChoiceKey; label: string }
  expected: { key: ChoiceKey; label: string }
  explanation: string
  policyRef: string
  modelReply: string | null
  modelReplySource: 'draft' | 'bank' | 'unavailable' | 'none'
  findings: Finding[] // the checker's findings on the trainee's own reply
  replyOk: boolean | null // null: no reply written
}

// The model reply: the engine's own draft where /api/draft decides the case, the bank's reply where it can't.
export async function modelReply(assets: Fetcher, s: Scenario): Promise<{ text: string | null; source: Feedback['modelReplySource'] }> {
  if (!isDecidable(s.expected)) return { text: s.model_reply ?? null, source: 'bank' }
  try {
    const d = await draftReply(assets, { message: s.message, order: s.order, receivedAt: s.receivedAt, lang: s.lang }, new Date(s.receivedAt))
    if (d.reply) return { text: d.reply.body, source: 'draft' }
    return { text: s.model_reply ?? null, source: s.model_reply ? 'bank' : 'none' }
  } catch (e) {
    if (e instanceof ApiError && e.status === 501) return { text: s.model_reply ?? null, source: s.model_reply ? 'bank' : 'unavailable' }
    throw e
  }
}

export function checkTraineeReply(s: Scenario, reply: string): Finding[] {
  return checkReply(reply, {
    situation: checkerSituation(s.expected),
    latestShipDate: s.order.latestShipDate,
    buyerLang: s.lang,
    lang: s.lang,
    now: new Date(s.receivedAt),
  })
}

export async function feedbackFor(assets: Fetcher, s: Scenario, chosen: ChoiceKey, reply: string | null): Promise<Feedback> {
  const model = await modelReply(assets, s)
  const findings = reply ? checkTraineeReply(s, reply) : []
  return {
    correct: chosen === s.expected,
    chosen: { key: chosen, label: choiceLabel(chosen, s.lang) },
    expected: { key: s.expected, label: choiceLabel(s.expected, s.lang) },
    explanation: s.explanation,
    policyRef: s.policyRef,
    modelReply: model.text,
    modelReplySource: model.source,
    findings,
    replyOk: reply ? !hasErrors(findings) : null,
  }
}

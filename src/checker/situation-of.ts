import { ApiError } from '../errors'
import { detectLanguage } from '../nlp/language'
import { draftReply } from '../reply/draft-reply'
import type { Lang } from '../schemas/analyze'
import type { CheckReplyRequest } from '../schemas/check-reply'
import type { Situation } from './situation'

export type RequestSituation = { situation?: Situation; buyerLang?: Lang }

// What should happen comes from the same analysis + decision as /api/draft, so the checker and the drafter agree.
export async function situationOf(assets: Fetcher, req: CheckReplyRequest, now?: Date): Promise<RequestSituation> {
  if (!req.message) return { situation: req.situation }
  try {
    const draft = await draftReply(assets, { message: req.message, order: req.order, lang: req.lang }, now)
    return { situation: req.situation ?? draft.action.code, buyerLang: draft.analysis.language }
  } catch (e) {
    // Until drafting is implemented (501), only the situation-free rules can run.
    if (e instanceof ApiError && e.status === 501) return { situation: req.situation, buyerLang: detectLanguage(req.message) }
    throw e
  }
}

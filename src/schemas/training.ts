import { z } from 'zod'
import { Finding } from './check-reply'
import { Lang, MAX_TEXT_CHARS } from './analyze'
import { ChoiceKey, Topic } from '../training/scenario-data'

export const StartDrillRequest = z.object({
  name: z.string().trim().min(1).max(60),
  size: z.coerce.number().int().min(1).max(50).default(10),
  topic: Topic.optional(),
  lang: Lang.optional(),
})
export type StartDrillRequest = z.infer<typeof StartDrillRequest>

export const AnswerRequest = z.object({
  drillId: z.uuid(),
  position: z.coerce.number().int().min(0).max(49),
  choice: ChoiceKey,
  reply: z.string().max(MAX_TEXT_CHARS).optional(),
})
export type AnswerRequest = z.infer<typeof AnswerRequest>

const Labelled = z.object({ key: ChoiceKey, label: z.string() })

export const FeedbackResponse = z.object({
  position: z.number().int(),
  scenarioId: z.string(),
  correct: z.boolean(),
  chosen: Labelled,
  expected: Labelled,
  explanation: z.string(),
  policyRef: z.string(),
  modelReply: z.string().nullable(),
  modelReplySource: z.enum(['draft', 'bank', 'unavailable', 'none']),
  findings: z.array(Finding),
  replyOk: z.boolean().nullable(),
  next: z.number().int().nullable(),
})
export type FeedbackResponse = z.infer<typeof FeedbackResponse>

import { z } from 'zod'
import { Lang, MAX_TEXT_CHARS } from './analyze'
import { OrderFacts } from './draft'

// Issue 7: POST /api/check-reply — a person's own reply, checked against the situation the message and order imply.
export const CheckReplyRequest = z.object({
  reply: z.string().min(1).max(MAX_TEXT_CHARS),
  lang: Lang.optional(),
  message: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
  order: OrderFacts.optional(),
  situation: z.enum(['seller_stockout']).optional(),
})
export type CheckReplyRequest = z.infer<typeof CheckReplyRequest>

export const Finding = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
})
export type Finding = z.infer<typeof Finding>

export const CheckReplyResponse = z.object({
  findings: z.array(Finding),
  ok: z.boolean(),
})
export type CheckReplyResponse = z.infer<typeof CheckReplyResponse>

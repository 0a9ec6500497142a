import { z } from 'zod'

export const MAX_TEXT_CHARS = 20000

export const Lang = z.enum(['ja', 'en'])
export type Lang = z.infer<typeof Lang>

export const IntentType = z.enum(['cancel', 'address_change', 'return'])
export type IntentType = z.infer<typeof IntentType>

export const AnalyzeRequest = z.object({
  text: z.string().min(1).max(MAX_TEXT_CHARS),
  lang: Lang.optional(),
})
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>

// Offsets are UTF-16 indices into the text as sent: text.slice(start, end) === text.
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})
export type Evidence = z.infer<typeof Evidence>

export const Intent = z.object({
  type: IntentType,
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence),
})
export type Intent = z.infer<typeof Intent>

export const AnalyzeResponse = z.object({
  language: Lang,
  intents: z.array(Intent),
  negated: z.array(Intent),
})
export type AnalyzeResponse = z.infer<typeof AnalyzeResponse>

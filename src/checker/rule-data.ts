import { z } from 'zod'
import { Lang } from '../schemas/analyze'
import { Situation } from './situation'

// The shape of one entry in dictionaries/reply-checks/*.yaml; validated at build, typed in the Worker.
export const RuleKind = z.enum([
  'forbidden', // any pattern match is a finding at its offsets
  'required', // every pattern (a group of alternatives) must match, else one finding
  'deadline_missing', // no date in the reply
  'deadline_after_ship_date', // a deadline date later than latestShipDate
  'deadline_on_ship_date', // a deadline date equal to latestShipDate: no time left to act
  'too_long', // over `limit` characters
  'language_mismatch', // reply language differs from the buyer's
])

export const RuleExample = z.union([
  z.string().min(1),
  z.object({
    reply: z.string().min(1),
    repeat: z.number().int().min(1).max(10000).optional(), // the reply repeated, for length examples
    situation: Situation.optional(),
    latestShipDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    buyerLang: Lang.optional(),
    now: z.string().optional(),
  }),
])
export type RuleExample = z.infer<typeof RuleExample>

export const RuleData = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    severity: z.enum(['error', 'warning']),
    kind: RuleKind,
    why: z.string().min(1),
    when: z.array(Situation).min(1).optional(),
    patterns: z.object({ ja: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }).optional(),
    limit: z.number().int().positive().optional(),
    message: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
    examples: z.object({ pass: z.array(RuleExample).min(1), fail: z.array(RuleExample).min(1) }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const needsPatterns = r.kind === 'forbidden' || r.kind === 'required'
    if (needsPatterns && !r.patterns?.ja?.length && !r.patterns?.en?.length) {
      ctx.addIssue({ code: 'custom', message: `kind ${r.kind} needs patterns`, path: ['patterns'] })
    }
    if (r.kind === 'too_long' && !r.limit) ctx.addIssue({ code: 'custom', message: 'too_long needs limit', path: ['limit'] })
    for (const lang of ['ja', 'en'] as const) {
      for (const [i, p] of (r.patterns?.[lang] ?? []).entries()) {
        try {
          new RegExp(p, 'giu')
        } catch (e) {
          ctx.addIssue({ code: 'custom', message: `bad regex: ${(e as Error).message}`, path: ['patterns', lang, i] })
        }
      }
    }
  })
export type RuleData = z.infer<typeof RuleData>

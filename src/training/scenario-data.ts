import { z } from 'zod'
import { Lang } from '../schemas/analyze'
import { ActionCode, OrderFacts } from '../schemas/draft'

// The scenario bank's shape (dictionaries/training): validated at build by scripts/build-training.ts.
export const Topic = z.enum(['cancel', 'pending', 'fba', 'shipped', 'address', 'return', 'stockout', 'wrong_order', 'rebuy', 'partial_cancel', 'no_intent'])
export type Topic = z.infer<typeof Topic>

// Right answers /api/draft cannot decide (they need facts beyond the message and order).
export const TrainingOutcome = z.enum(['seller_cancel_no_inventory', 'check_order_id', 'new_order', 'partial_cancel_adjustment', 'wait_for_payment'])
// The tempting wrong moves from POLICY.md's pitfalls.
export const WrongMove = z.enum([
  'cancel_from_message', 'ask_buyer_to_request_cancel', 'ship_to_message_address', 'ship_pending_order', 'ship_as_usual',
  'refund_before_return', 'cancel_whole_order', 'cancel_in_seller_central_fba', 'restore_canceled_order',
])
export const Outcome = z.enum([...ActionCode.options, ...TrainingOutcome.options])
export type Outcome = z.infer<typeof Outcome>
export const ChoiceKey = z.enum([...Outcome.options, ...WrongMove.options])
export type ChoiceKey = z.infer<typeof ChoiceKey>

export const Bilingual = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict()
export const ChoiceCatalog = z.record(ChoiceKey, Bilingual)
export const PolicyRefs = z.record(z.string().regex(/^[a-z_]+$/), Bilingual)

export const ScenarioData = z
  .object({
    id: z.string().regex(/^(ja|en)-[a-z0-9-]+$/),
    topic: Topic,
    lang: Lang,
    message: z.string().min(1).max(2000),
    order: OrderFacts,
    receivedAt: z.iso.datetime({ offset: true }),
    notes: z.string().min(1).optional(), // facts staff know that the order record doesn't show
    expected: Outcome,
    choices: z.array(ChoiceKey).min(3).max(5),
    explanation: z.string().min(20),
    policy_ref: z.string(),
    model_reply: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.choices.includes(s.expected)) ctx.addIssue({ code: 'custom', path: ['choices'], message: `must include the expected ${s.expected}` })
    if (new Set(s.choices).size !== s.choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'duplicate choice' })
    if (!s.id.startsWith(`${s.lang}-`)) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with ${s.lang}-` })
    const decidable = ActionCode.safeParse(s.expected).success
    if (!decidable && !s.model_reply) ctx.addIssue({ code: 'custom', path: ['model_reply'], message: 'a training-only outcome needs model_reply' })
    if (decidable && s.expected !== 'no_intent' && s.model_reply) {
      ctx.addIssue({ code: 'custom', path: ['model_reply'], message: 'decidable scenarios take the model reply from draftReply' })
    }
  })
export type ScenarioData = z.infer<typeof ScenarioData>

// What the Worker serves: the policy line resolved into the scenario's language.
export type Scenario = Omit<ScenarioData, 'policy_ref'> & { policyKey: string; policyRef: string }

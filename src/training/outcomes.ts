import type { Situation } from '../checker/situation'
import { ActionCode } from '../schemas/draft'
import type { Outcome, TrainingOutcome } from './scenario-data'
import type { z } from 'zod'

// What the reply checker should expect for each training-only outcome (null: only the situation-free rules apply).
const CHECKER_SITUATION = {
  seller_cancel_no_inventory: 'seller_stockout',
  wait_for_payment: 'pending_order',
  check_order_id: null,
  new_order: null,
  partial_cancel_adjustment: null,
} as const satisfies Record<z.infer<typeof TrainingOutcome>, Situation | null>

export const isDecidable = (o: Outcome): o is ActionCode => ActionCode.safeParse(o).success

export function checkerSituation(o: Outcome): Situation | undefined {
  if (isDecidable(o)) return o
  return CHECKER_SITUATION[o as keyof typeof CHECKER_SITUATION] ?? undefined
}

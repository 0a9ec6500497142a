import { z } from 'zod'
import { ActionCode } from '../schemas/draft'

// What should happen: a /api/draft action, or a seller-side stock-out (POLICY.md: cancel with 在庫切れ yourself).
export const Situation = z.enum([...ActionCode.options, 'seller_stockout'])
export type Situation = z.infer<typeof Situation>

import { z } from 'zod'
import { AnalyzeResponse, Lang, MAX_TEXT_CHARS } from './analyze'

// The contract of issue 4 — fixed; tools outside the project call it.
export const ActionCode = z.enum([
  'request_official_cancel',
  'cancel_buyer_requested',
  'pending_order',
  'amazon_fulfilled',
  'already_shipped_return',
  'already_canceled',
  'address_change_reorder',
  'address_change_in_transit',
  'return_request',
  'no_intent',
])
export type ActionCode = z.infer<typeof ActionCode>

export const OrderStatus = z.enum(['pending', 'unshipped', 'shipped', 'delivered', 'canceled'])
export const Marketplace = z.enum(['JP', 'US'])

export const OrderFacts = z.object({
  id: z.string().regex(/^\d{3}-\d{7}-\d{7}$/, 'an Amazon order id looks like 503-1234567-1234567').optional(),
  status: OrderStatus.optional(),
  fulfillment: z.enum(['merchant', 'amazon']).optional(),
  buyerRequestedCancel: z.boolean().optional(),
  latestShipDate: z.string().optional(),
  buyerName: z.string().max(200).optional(),
  marketplace: Marketplace.optional(),
})
export type OrderFacts = z.infer<typeof OrderFacts>

export const DraftRequest = z.object({
  message: z.string().min(1).max(MAX_TEXT_CHARS),
  lang: Lang.optional(),
  receivedAt: z.string().optional(),
  order: OrderFacts.optional(),
  deadline: z
    .object({ days: z.number().int().min(1).max(14).optional(), businessDays: z.boolean().optional() })
    .optional(),
  seller: z.object({ storeName: z.string().max(200).optional(), signature: z.string().max(1000).optional() }).optional(),
})
export type DraftRequest = z.infer<typeof DraftRequest>

export const DraftResponse = z.object({
  analysis: AnalyzeResponse,
  action: z.object({
    code: ActionCode,
    summary: z.string(),
    steps: z.array(z.string()),
    affectsCancellationRate: z.boolean(),
  }),
  reply: z.object({ lang: Lang, subject: z.string(), body: z.string() }).nullable(),
  deadline: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), display: z.string() }).nullable(),
  warnings: z.array(z.string()),
})
export type DraftResponse = z.infer<typeof DraftResponse>

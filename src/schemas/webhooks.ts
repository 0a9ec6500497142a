import { z } from 'zod'
import { ActionCode, DraftRequest } from './draft'

// Generic webhook: the /api/draft request plus the sender's delivery id (the idempotency key).
export const GenericWebhookRequest = DraftRequest.extend({ id: z.string().min(1).max(200) })
export type GenericWebhookRequest = z.infer<typeof GenericWebhookRequest>

// Zendesk renders every placeholder as a string ("" when a field is empty); src/webhooks/zendesk-body.ts
// turns this into a DraftRequest.
const Placeholder = z.union([z.string(), z.boolean(), z.number(), z.null()])
export const ZendeskWebhookBody = z.object({
  ticket_id: z.union([z.string().trim().regex(/^\d{1,20}$/, 'a Zendesk ticket id is a number'), z.number().int().positive()]),
  message: z.string(),
  lang: Placeholder.optional(),
  received_at: Placeholder.optional(),
  order: z.record(z.string(), Placeholder).optional(),
  deadline: DraftRequest.shape.deadline,
  seller: DraftRequest.shape.seller,
})
export type ZendeskWebhookBody = z.infer<typeof ZendeskWebhookBody>

// What travels on WRITEBACK_QUEUE. The message text lives only here (queue retention), never in D1.
export const WritebackJob = z.object({
  source: z.literal('zendesk'),
  deliveryId: z.string().min(1).max(200),
  ticketId: z.string().regex(/^\d{1,20}$/),
  request: DraftRequest,
})
export type WritebackJob = z.infer<typeof WritebackJob>

export const DeliveryStatus = z.enum(['received', 'processing', 'done', 'failed', 'dead_lettered'])
export type DeliveryStatus = z.infer<typeof DeliveryStatus>

export const Delivery = z.object({
  id: z.number().int(),
  source: z.enum(['generic', 'zendesk']),
  externalId: z.string(),
  ticketId: z.string().nullable(),
  status: DeliveryStatus,
  attempts: z.number().int(),
  receivedAt: z.string(),
  finishedAt: z.string().nullable(),
  intents: z.array(z.string()),
  actionCode: ActionCode.nullable(),
  lastError: z.string().nullable(),
  notePostedAt: z.string().nullable(),
})
export type Delivery = z.infer<typeof Delivery>

export const DeliveryListResponse = z.object({ deliveries: z.array(Delivery) })
export type DeliveryListResponse = z.infer<typeof DeliveryListResponse>

export const ZendeskAccepted = z.object({ accepted: z.literal(true), duplicate: z.boolean(), status: DeliveryStatus })
export type ZendeskAccepted = z.infer<typeof ZendeskAccepted>

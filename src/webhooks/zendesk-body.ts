import { validate } from '../http/json-body'
import { DraftRequest } from '../schemas/draft'
import type { ZendeskWebhookBody } from '../schemas/webhooks'

type Placeholder = string | boolean | number | null | undefined

// An empty custom field renders as "" in a Zendesk placeholder: that means "unknown", not a value.
const present = (v: Placeholder): string | undefined => {
  if (v === null || v === undefined) return undefined
  const s = String(v).trim()
  return s === '' ? undefined : s
}

// Checkbox fields render as "true"/"false"; people also type yes/no.
const flag = (v: Placeholder): boolean | string | undefined => {
  const s = present(v)?.toLowerCase()
  if (s === undefined) return undefined
  if (['true', 'yes', '1', 'y'].includes(s)) return true
  if (['false', 'no', '0', 'n'].includes(s)) return false
  return s // left as a string so validation names the field
}

// Trigger body → DraftRequest; unknown non-empty values fail validation (400) so a misconfigured trigger shows up
// in Zendesk's webhook activity log instead of producing a quietly wrong draft.
export function zendeskToDraftRequest(body: ZendeskWebhookBody): DraftRequest {
  const o = body.order ?? {}
  const order = {
    id: present(o.id),
    status: present(o.status)?.toLowerCase(),
    fulfillment: present(o.fulfillment)?.toLowerCase(),
    buyerRequestedCancel: flag(o.buyerRequestedCancel),
    latestShipDate: present(o.latestShipDate),
    buyerName: present(o.buyerName),
    marketplace: present(o.marketplace)?.toUpperCase(),
  }
  const hasOrder = Object.values(order).some((v) => v !== undefined)
  return validate(
    DraftRequest,
    {
      message: body.message.trim(),
      lang: present(body.lang)?.toLowerCase(),
      receivedAt: present(body.received_at),
      order: hasOrder ? order : undefined,
      deadline: body.deadline,
      seller: body.seller,
    },
    ['message'],
  )
}

import type { IntentType } from '../schemas/analyze'
import type { ActionCode, OrderFacts } from '../schemas/draft'
import type { ReplyTemplateKey, WarningKey } from '../reply/templates.gen'

// The decision matrix of POLICY.md as data; src/policy/README.md explains each row and the choices made.
export type Status = NonNullable<OrderFacts['status']>
export type Facts = { status: Status; fulfillment: 'merchant' | 'amazon'; buyerRequestedCancel: boolean }

type Rule = {
  when: {
    intents?: 'none'
    fulfillment?: Facts['fulfillment']
    status?: Status[]
    officialRequest?: boolean
    anyOf?: IntentType[] // at least one of these intents
  }
  then: ActionCode
  note?: WarningKey // why this row was surprising; shown to staff
}

const SHIPPED: Status[] = ['shipped', 'delivered']

// First match wins. Order = precedence: FBA, pending, canceled, an official request on an unshipped order, status.
export const RULES: readonly Rule[] = [
  { when: { intents: 'none' }, then: 'no_intent' },
  { when: { fulfillment: 'amazon' }, then: 'amazon_fulfilled' },
  { when: { status: ['pending'] }, then: 'pending_order' },
  { when: { status: ['canceled'] }, then: 'already_canceled' },
  { when: { status: ['unshipped'], officialRequest: true }, then: 'cancel_buyer_requested' },
  { when: { status: ['unshipped'], anyOf: ['address_change'] }, then: 'address_change_reorder' },
  { when: { status: ['unshipped'], anyOf: ['cancel'] }, then: 'request_official_cancel' },
  { when: { status: ['unshipped'], anyOf: ['return'] }, then: 'request_official_cancel', note: 'return_before_shipment' },
  { when: { status: SHIPPED, officialRequest: true, anyOf: ['cancel'] }, then: 'already_shipped_return', note: 'official_request_after_shipment' },
  { when: { status: SHIPPED, anyOf: ['cancel'] }, then: 'already_shipped_return' },
  { when: { status: ['shipped'], anyOf: ['address_change'] }, then: 'address_change_in_transit' },
  { when: { status: SHIPPED, anyOf: ['return'] }, then: 'return_request' },
  { when: { status: ['delivered'], anyOf: ['address_change'] }, then: 'return_request', note: 'address_change_after_delivery' },
]

export type Decision = { code: ActionCode; notes: WarningKey[] }

const matches = (rule: Rule, intents: ReadonlySet<IntentType>, facts: Facts): boolean => {
  const w = rule.when
  if (w.intents === 'none' && intents.size > 0) return false
  if (w.fulfillment && w.fulfillment !== facts.fulfillment) return false
  if (w.status && !w.status.includes(facts.status)) return false
  if (w.officialRequest !== undefined && w.officialRequest !== facts.buyerRequestedCancel) return false
  if (w.anyOf && !w.anyOf.some((i) => intents.has(i))) return false
  return true
}

export function decide(intents: Iterable<IntentType>, facts: Facts): Decision {
  const set = new Set(intents)
  const rule = RULES.find((r) => matches(r, set, facts))
  if (!rule) throw new Error(`no policy row for ${[...set].join('+')} on ${JSON.stringify(facts)}`)
  const notes: WarningKey[] = rule.note ? [rule.note] : []
  // An official request needs acting on even when the message itself asks for nothing.
  if (rule.then === 'no_intent' && facts.buyerRequestedCancel && facts.status === 'unshipped' && facts.fulfillment === 'merchant') {
    notes.push('official_request_without_message')
  }
  // A request on a shipped order is worth a check whatever the buyer wrote (POLICY.md: check the order id).
  if (facts.buyerRequestedCancel && SHIPPED.includes(facts.status) && !notes.includes('official_request_after_shipment')) {
    notes.push('official_request_after_shipment')
  }
  return { code: rule.then, notes }
}

type ActionSpec = {
  template: ReplyTemplateKey | null // the reply, per language under templates/{ja,en}/
  needsDeadline: boolean // the reply carries the deadline fallback sentence
  // True when this path can end in a cancellation that counts: the seller cancelling at the deadline.
  // Replying never counts; staff summaries say "counts only if you cancel at the deadline".
  affectsCancellationRate: boolean
}

// Per-action data; the compiler rejects a missing action or a misspelt template name.
export const ACTIONS = {
  request_official_cancel: { template: 'request_official_cancel', needsDeadline: true, affectsCancellationRate: true },
  cancel_buyer_requested: { template: 'cancel_buyer_requested', needsDeadline: false, affectsCancellationRate: false },
  pending_order: { template: 'pending_order', needsDeadline: false, affectsCancellationRate: false },
  amazon_fulfilled: { template: 'amazon_fulfilled', needsDeadline: false, affectsCancellationRate: false },
  already_shipped_return: { template: 'already_shipped_return', needsDeadline: false, affectsCancellationRate: false },
  already_canceled: { template: 'already_canceled', needsDeadline: false, affectsCancellationRate: false },
  address_change_reorder: { template: 'address_change_reorder', needsDeadline: true, affectsCancellationRate: true },
  address_change_in_transit: { template: 'address_change_in_transit', needsDeadline: false, affectsCancellationRate: false },
  return_request: { template: 'return_request', needsDeadline: false, affectsCancellationRate: false },
  no_intent: { template: null, needsDeadline: false, affectsCancellationRate: false },
} as const satisfies Record<ActionCode, ActionSpec>

import { describe, expect, it } from 'vitest'
import { ACTIONS, decide, type Facts, type Status } from '../src/policy/decide'
import type { IntentType } from '../src/schemas/analyze'
import { ActionCode } from '../src/schemas/draft'
import type { ActionCode as Code } from '../src/schemas/draft'

const merchant = (status: Status, buyerRequestedCancel = false): Facts => ({ status, fulfillment: 'merchant', buyerRequestedCancel })
const code = (intents: IntentType[], facts: Facts) => decide(intents, facts).code

const INTENT_SETS: IntentType[][] = [[], ['cancel'], ['address_change'], ['return'], ['cancel', 'address_change'], ['cancel', 'return'], ['address_change', 'return'], ['cancel', 'address_change', 'return']]
const STATUSES: Status[] = ['pending', 'unshipped', 'shipped', 'delivered', 'canceled']
const ALL_FACTS: Facts[] = STATUSES.flatMap((status) =>
  (['merchant', 'amazon'] as const).flatMap((fulfillment) => [false, true].map((buyerRequestedCancel) => ({ status, fulfillment, buyerRequestedCancel }))),
)

const ROWS: [IntentType[], Facts, Code, string][] = [
    // [intents, facts, expected, why]
  [['cancel'], merchant('unshipped'), 'request_official_cancel', 'a message is not an official request'],
  [['cancel'], merchant('unshipped', true), 'cancel_buyer_requested', 'the official request exists'],
  [['cancel'], merchant('pending'), 'pending_order', 'no address, payment unconfirmed'],
  [['cancel'], { status: 'unshipped', fulfillment: 'amazon', buyerRequestedCancel: false }, 'amazon_fulfilled', 'Amazon handles FBA'],
  [['cancel'], merchant('shipped'), 'already_shipped_return', 'cannot cancel after shipment'],
  [['cancel'], merchant('delivered'), 'already_shipped_return', 'cannot cancel after delivery'],
  [['cancel'], merchant('canceled'), 'already_canceled', 'nothing left to do'],
  [['address_change'], merchant('unshipped'), 'address_change_reorder', 'ship only to the order address'],
  [['cancel', 'address_change'], merchant('unshipped'), 'address_change_reorder', 'cancel to re-order is the address row'],
  [['address_change'], merchant('shipped'), 'address_change_in_transit', 'carrier redirect'],
  [['return'], merchant('delivered'), 'return_request', 'return of a received item'],
  [['return'], merchant('shipped'), 'return_request', 'return once it arrives'],
  [[], merchant('unshipped'), 'no_intent', 'nothing asked'],
]

describe('decide: the rows of POLICY.md', () => {
  it.each(ROWS)('%j on %j → %s (%s)', (intents, facts, expected) => {
    expect(code(intents, facts)).toBe(expected)
  })
})

describe('decide: precedence and combinations the matrix leaves open', () => {
  it('FBA wins over every status and an official request', () => {
    for (const f of ALL_FACTS.filter((f) => f.fulfillment === 'amazon')) {
      for (const intents of INTENT_SETS.slice(1)) expect(code(intents, f)).toBe('amazon_fulfilled')
    }
  })

  it('pending wins over an official request and any intent', () => {
    expect(code(['address_change'], merchant('pending', true))).toBe('pending_order')
    expect(code(['return'], merchant('pending'))).toBe('pending_order')
  })

  it('an official request on an unshipped order wins over the address change', () => {
    expect(code(['address_change'], merchant('unshipped', true))).toBe('cancel_buyer_requested')
    expect(code(['cancel', 'address_change'], merchant('unshipped', true))).toBe('cancel_buyer_requested')
  })

  it('an official request on a shipped order cannot be honoured: returns, plus a check-the-order-id note', () => {
    // POLICY.md: a request can arrive on the wrong (old, shipped) order; "cancelled" would be a false claim.
    expect(decide(['cancel'], merchant('shipped', true))).toEqual({ code: 'already_shipped_return', notes: ['official_request_after_shipment'] })
    expect(decide(['address_change'], merchant('shipped', true)).notes).toContain('official_request_after_shipment')
    expect(code(['cancel'], merchant('canceled', true))).toBe('already_canceled')
  })

  it('any cancel on a shipped or delivered order is a return, whatever else is asked', () => {
    for (const status of ['shipped', 'delivered'] as const) {
      for (const intents of INTENT_SETS.filter((s) => s.includes('cancel'))) expect(code(intents, merchant(status))).toBe('already_shipped_return')
    }
  })

  it('a return asked before shipment is a cancellation via the official path', () => {
    expect(decide(['return'], merchant('unshipped'))).toEqual({ code: 'request_official_cancel', notes: ['return_before_shipment'] })
  })

  it('an address change after delivery is a return and a new order', () => {
    expect(decide(['address_change'], merchant('delivered'))).toEqual({ code: 'return_request', notes: ['address_change_after_delivery'] })
  })

  it('an address change on a parcel in transit goes to the carrier even if a return is mentioned', () => {
    expect(code(['address_change', 'return'], merchant('shipped'))).toBe('address_change_in_transit')
    expect(code(['address_change', 'return'], merchant('delivered'))).toBe('return_request')
  })

  it('any intent on a canceled order is already_canceled', () => {
    for (const intents of INTENT_SETS.slice(1)) expect(code(intents, merchant('canceled'))).toBe('already_canceled')
  })

  it('no intent with an official request on an unshipped order still tells staff to cancel', () => {
    expect(decide([], merchant('unshipped', true))).toEqual({ code: 'no_intent', notes: ['official_request_without_message'] })
  })

  it('no intent is no_intent whatever the facts', () => {
    for (const f of ALL_FACTS) expect(code([], f)).toBe('no_intent')
  })
})

describe('decide: invariants over every combination', () => {
  const every = ALL_FACTS.flatMap((f) => INTENT_SETS.map((i) => [i, f] as const))

  it('always decides (no combination falls through the table)', () => {
    for (const [i, f] of every) expect(ActionCode.options).toContain(code(i, f))
  })

  it('never says the seller cancels without an official request on an unshipped merchant order', () => {
    for (const [i, f] of every) {
      if (code(i, f) === 'cancel_buyer_requested') expect(f).toMatchObject({ buyerRequestedCancel: true, status: 'unshipped', fulfillment: 'merchant' })
    }
  })

  it('asks for the official request only on unshipped merchant orders', () => {
    for (const [i, f] of every) {
      if (['request_official_cancel', 'address_change_reorder'].includes(code(i, f))) {
        expect(f).toMatchObject({ status: 'unshipped', fulfillment: 'merchant', buyerRequestedCancel: false })
      }
    }
  })

  it('every action has per-action data; deadlines and the rate flag go together', () => {
    for (const c of ActionCode.options) {
      const spec = ACTIONS[c]
      expect(spec.template === null).toBe(c === 'no_intent')
      expect(spec.affectsCancellationRate).toBe(spec.needsDeadline)
    }
  })
})

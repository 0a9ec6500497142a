import { analyze } from '../nlp/analyze'
import { ACTIONS, decide } from '../policy/decide'
import { assumptionWarnings, resolveFacts } from '../policy/facts'
import type { DraftRequest, DraftResponse } from '../schemas/draft'
import type { AnalyzeResponse, IntentType } from '../schemas/analyze'
import { parseIsoInstant } from './calendar-date'
import { computeDeadline, shipDateIn } from './deadline'
import { displayDate } from './display-date'
import { renderReply, renderStaff, renderWarning } from './render'
import type { WarningKey } from './templates.gen'
import { checkDraftDates } from './validate-dates'

// Amazon's Buyer-Seller Messaging limit per message.
export const MAX_REPLY_CHARS = 2000

// The one entry point for drafting (route, webhooks, training all call it): analyse, decide, date, render.
export async function draftReply(assets: Fetcher, req: DraftRequest, now: Date = new Date()): Promise<DraftResponse> {
  checkDraftDates(req)
  // The message is analysed in its own language; req.lang only chooses the reply's language.
  return draftFromAnalysis(await analyze(assets, { text: req.message }), req, now)
}

// Everything after detection: decide, date, render. Separate so policy tests can state the intents directly.
export function draftFromAnalysis(analysis: AnalyzeResponse, req: DraftRequest, now: Date = new Date()): DraftResponse {
  checkDraftDates(req)
  const lang = req.lang ?? analysis.language
  const facts = resolveFacts(req.order, lang)
  const intents = analysis.intents.map((i) => i.type)
  const decision = decide(intents, facts)
  const spec = ACTIONS[decision.code]

  const warnings: { key: WarningKey; data?: object }[] = []
  let deadline: DraftResponse['deadline'] = null
  if (spec.needsDeadline) {
    const receivedAt = req.receivedAt ? parseIsoInstant(req.receivedAt)! : now
    const d = computeDeadline(facts.marketplace, receivedAt, req.deadline, req.order?.latestShipDate)
    deadline = { date: d.date, display: displayDate(d.date, lang) }
    const shipDate = req.order?.latestShipDate && shipDateIn(facts.marketplace, req.order.latestShipDate)
    for (const note of d.notes) {
      const key: WarningKey = note === 'shortened_by_ship_date' ? 'deadline_shortened' : 'ship_date_too_close'
      warnings.push({ key, data: { shipDate: shipDate && displayDate(shipDate, lang), deadline: deadline.display } })
    }
    if (!req.receivedAt) warnings.push({ key: 'assumed_received_at' })
  }
  // Assumptions first: they say what to check before anything else is true.
  const assumed = assumptionWarnings(req.order, decision.code, spec.needsDeadline)
  warnings.unshift(...assumed.map((key) => ({ key, data: { marketplace: facts.marketplace } })))
  for (const key of decision.notes) warnings.push({ key })

  const has = (t: IntentType) => intents.includes(t)
  const data = {
    buyerName: req.order?.buyerName,
    orderId: req.order?.id,
    storeName: req.seller?.storeName,
    signature: req.seller?.signature,
    deadline: deadline?.display,
    delivered: facts.status === 'delivered',
    cancel: has('cancel'),
    addressChange: has('address_change'),
    returnItem: has('return'),
    returnOnly: has('return') && !has('cancel') && !has('address_change'),
  }
  const reply = spec.template ? { lang, ...renderReply(lang, spec.template, data) } : null
  if (reply && reply.body.length > MAX_REPLY_CHARS) warnings.push({ key: 'reply_too_long', data: { length: reply.body.length } })

  const staff = renderStaff(lang, decision.code, { orderId: data.orderId, deadline: deadline?.display })
  return {
    analysis,
    action: { code: decision.code, ...staff, affectsCancellationRate: spec.affectsCancellationRate },
    reply,
    deadline,
    warnings: warnings.map((w) => renderWarning(lang, w.key, w.data)),
  }
}

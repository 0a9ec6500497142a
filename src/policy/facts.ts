import type { Lang } from '../schemas/analyze'
import type { ActionCode, OrderFacts } from '../schemas/draft'
import type { WarningKey } from '../reply/templates.gen'
import { marketplaceForLang, type Marketplace } from '../reply/marketplace'
import type { Facts } from './decide'

export type ResolvedFacts = Facts & { marketplace: Marketplace }

// Facts not given get the common case (issue 4): unshipped, merchant-fulfilled, marketplace by reply language.
export function resolveFacts(order: OrderFacts | undefined, lang: Lang): ResolvedFacts {
  return {
    status: order?.status ?? 'unshipped',
    fulfillment: order?.fulfillment ?? 'merchant',
    buyerRequestedCancel: order?.buyerRequestedCancel ?? false,
    marketplace: order?.marketplace ?? marketplaceForLang(lang),
  }
}

// Names each assumption that the decision actually leaned on, so staff know what to check.
export function assumptionWarnings(order: OrderFacts | undefined, code: ActionCode, usedDeadline: boolean): WarningKey[] {
  if (code === 'no_intent') return []
  const out: WarningKey[] = []
  if (order?.fulfillment === undefined) out.push('assumed_fulfillment')
  if (order?.status === undefined && code !== 'amazon_fulfilled') out.push('assumed_status')
  if (order?.buyerRequestedCancel === undefined && (code === 'request_official_cancel' || code === 'address_change_reorder')) {
    out.push('assumed_no_official_request')
  }
  if (order?.marketplace === undefined && usedDeadline) out.push('assumed_marketplace')
  return out
}

import type { Lang } from '../schemas/analyze'

export type Marketplace = 'JP' | 'US'

// Deadlines are counted where the seller works: Amazon.co.jp in Tokyo, Amazon.com in Los Angeles (POLICY.md).
export const MARKETPLACE_TIME_ZONE = { JP: 'Asia/Tokyo', US: 'America/Los_Angeles' } as const satisfies Record<Marketplace, string>

export const marketplaceForLang = (lang: Lang): Marketplace => (lang === 'ja' ? 'JP' : 'US')

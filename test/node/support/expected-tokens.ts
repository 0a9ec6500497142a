/// <reference types="node" />
// Stock kuromoji's tokens for a fixed sample, stored as hashes so the workerd test can check the Worker's tokenizer.
import { generalJapanese } from './general-japanese'
import { buyerMessages } from './corpus'
import type { Token } from '../../../src/nlp/token'

export const EXPECTED_TOKENS_FILE = 'test/fixtures/expected-tokens.json'

export type ExpectedTokens = { texts: string[]; sha256: string[]; full: Token[][] }

export async function tokenHash(tokens: Token[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(tokens)))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function expectedSample(): string[] {
  const buyer = buyerMessages()
  // Well-formed only: the fixture is imported as JSON by Vite, which rejects lone surrogates.
  return [...buyer.filter((_, i) => i % 10 === 0), ...generalJapanese(400, buyer).slice(0, 120)].filter((t) => !/[\uD800-\uDFFF]/.test(t.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
}

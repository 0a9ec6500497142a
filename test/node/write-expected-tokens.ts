/// <reference types="node" />
// Regenerates test/fixtures/expected-tokens.json from stock kuromoji: node --import tsx test/node/write-expected-tokens.ts
import { writeFileSync } from 'node:fs'
import { EXPECTED_TOKENS_FILE, expectedSample, tokenHash, type ExpectedTokens } from './support/expected-tokens'
import { loadStockTokenizer } from './support/tokenizers'

const stock = await loadStockTokenizer()
const texts = expectedSample()
const tokens = texts.map((t) => stock.tokenize(t))
const out: ExpectedTokens = { texts, sha256: await Promise.all(tokens.map(tokenHash)), full: tokens.slice(0, 5) }
writeFileSync(EXPECTED_TOKENS_FILE, JSON.stringify(out, null, 0) + '\n')
console.log(`${EXPECTED_TOKENS_FILE}: ${texts.length} texts`)

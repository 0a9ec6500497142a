/// <reference types="node" />
// The workerd tokenizer test reads stored hashes; this keeps them honest: they are stock kuromoji's, for today's sample.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { EXPECTED_TOKENS_FILE, expectedSample, tokenHash, type ExpectedTokens } from './support/expected-tokens'
import { loadStockTokenizer } from './support/tokenizers'

it('test/fixtures/expected-tokens.json holds stock kuromoji tokens for the current sample', async () => {
  const stored = JSON.parse(readFileSync(EXPECTED_TOKENS_FILE, 'utf8')) as ExpectedTokens
  expect(stored.texts).toEqual(expectedSample())
  const stock = await loadStockTokenizer()
  expect(await Promise.all(stored.texts.map((t) => tokenHash(stock.tokenize(t))))).toEqual(stored.sha256)
})

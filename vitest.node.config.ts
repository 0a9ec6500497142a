import { defineConfig } from 'vitest/config'

// Tests that run in Node, not workerd: the tokenizer identity gate compares stock kuromoji with the compact dictionary.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

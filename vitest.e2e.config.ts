import { defineConfig } from 'vitest/config'

// Browser tests (issue 5): Node drives Debian's Chromium through playwright-core against a real `wrangler dev`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.mjs'],
    globalSetup: ['test/e2e/global-setup.mjs'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})

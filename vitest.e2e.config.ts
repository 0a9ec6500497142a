import { defineConfig } from 'vitest/config'

// Browser tests (issue 5): Node drives Debian's Chromium through playwright-core against a real `wrangler dev`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.mjs'],
    globalSetup: ['test/e2e/global-setup.mjs'],
    fileParallelism: false,
    retry: 1, // a page load from wrangler dev hung once for 60 s in CI (dev-server flake, not the page); a real break fails twice
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})

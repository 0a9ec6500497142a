import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests run inside workerd with the bindings from wrangler.toml (D1, Queues, ASSETS) simulated locally.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**', 'test/e2e/**'],
    testTimeout: 30_000,
    silent: 'passed-only', // request logs only for failing tests
  },
})

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests run inside workerd with the bindings from wrangler.toml (D1, Queues, ASSETS) simulated locally.
// D1 migrations are read here (Node) and applied in test/setup/apply-migrations.ts (workerd).
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
    })),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**', 'test/e2e/**'],
    setupFiles: ['./test/setup/apply-migrations.ts'],
    testTimeout: 30_000,
    silent: 'passed-only', // request logs only for failing tests
  },
})

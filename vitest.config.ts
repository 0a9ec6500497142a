import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests run inside workerd with the bindings from wrangler.toml (D1, Queues, ASSETS) simulated locally.
// D1 migrations are read here (Node) and applied in test/support/apply-migrations.ts (workerd).
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations')
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
      }),
    ],
    test: {
      include: ['test/**/*.test.ts'],
      exclude: ['test/node/**', 'test/e2e/**'],
      setupFiles: ['./test/support/apply-migrations.ts'],
      testTimeout: 30_000,
    },
  }
})

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Tests run inside workerd with the bindings from wrangler.toml (D1, Queues, ASSETS) simulated locally.
// Webhook tests (issue 6) add: D1 migrations applied in setup, test-only secrets, and a Zendesk API stand-in
// started by globalSetup whose URL becomes ZENDESK_BASE_URL.
export default defineConfig({
  plugins: [
    cloudflareTest(async ({ inject }) => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('./migrations'),
          WEBHOOK_SECRET: 'test-generic-webhook-secret',
          ZENDESK_WEBHOOK_SECRET: 'test-zendesk-signing-secret',
          ADMIN_TOKEN: 'test-admin-token',
          ZENDESK_EMAIL: 'agent@example.com',
          ZENDESK_API_TOKEN: 'test-zendesk-api-token',
          ZENDESK_BASE_URL: inject('zendeskStandIn'),
        },
      },
    })),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**', 'test/e2e/**'],
    globalSetup: ['./test/setup/zendesk-stand-in.mjs'],
    setupFiles: ['./test/setup/apply-migrations.ts'],
    testTimeout: 30_000,
    silent: 'passed-only', // request logs only for failing tests
  },
})

// The Zendesk stand-in's URL, provided by test/setup/zendesk-stand-in.mjs.
declare module 'vitest' {
  export interface ProvidedContext {
    zendeskStandIn: string
  }
}

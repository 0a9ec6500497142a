// Bindings declared in wrangler.toml; secrets are optional so a local `npm start` needs none.
export type Env = {
  ASSETS: Fetcher
  DB: D1Database
  WRITEBACK_QUEUE: Queue
  RATE_LIMITER?: RateLimit
  WEBHOOK_RATE_LIMITER?: RateLimit
  API_TOKEN?: string
  ADMIN_TOKEN?: string
  WEBHOOK_SECRET?: string
  ZENDESK_WEBHOOK_SECRET?: string
  ZENDESK_SUBDOMAIN?: string
  ZENDESK_EMAIL?: string
  ZENDESK_API_TOKEN?: string
  ZENDESK_BASE_URL?: string
}

export type AppEnv = { Bindings: Env }

-- Webhook deliveries (issue 6). The buyer's message is never stored: only what madoguchi decided.
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL CHECK (source IN ('generic', 'zendesk')),
  -- the sender's delivery id (generic) or Zendesk's x-zendesk-webhook-invocation-id
  external_id TEXT NOT NULL,
  -- Zendesk ticket the note goes to (NULL for generic)
  ticket_id TEXT,
  -- SHA-256 of the raw body: tells a redelivery from a reused id, without keeping the text
  body_sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('received', 'processing', 'done', 'failed', 'dead_lettered')),
  attempts INTEGER NOT NULL DEFAULT 0,
  received_at TEXT NOT NULL,
  finished_at TEXT,
  -- JSON array of intent types, e.g. ["cancel"]
  intents TEXT,
  action_code TEXT,
  last_error TEXT,
  -- generic only: the /api/draft response replayed for a repeated delivery id
  response_json TEXT,
  -- a worker holds the delivery until this time (ISO); NULL = free to claim
  lease_until TEXT,
  -- zendesk only: set just before the PUT; a later attempt that finds it set checks the ticket first
  note_put_at TEXT,
  note_posted_at TEXT,
  UNIQUE (source, external_id)
);

CREATE INDEX deliveries_status_received ON deliveries (status, received_at DESC);
CREATE INDEX deliveries_received ON deliveries (received_at DESC);

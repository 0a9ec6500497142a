import { assertFresh, fromBase64, hmacSha256Verify, unauthorized } from './signature'

export type ZendeskSignatureHeaders = { timestamp: string; signature: string }

// https://developer.zendesk.com/documentation/webhooks/verifying/ — base64(HMAC-SHA256(secret, TIMESTAMP + BODY)).
export function zendeskSignatureHeaders(get: (name: string) => string | undefined): ZendeskSignatureHeaders {
  const timestamp = get('x-zendesk-webhook-signature-timestamp')
  const signature = get('x-zendesk-webhook-signature')
  if (!timestamp || !signature) {
    throw unauthorized('missing_signature', 'Send X-Zendesk-Webhook-Signature and X-Zendesk-Webhook-Signature-Timestamp.')
  }
  return { timestamp, signature }
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/

export async function verifyZendeskSignature(secret: string, h: ZendeskSignatureHeaders, rawBody: string, now: Date): Promise<void> {
  const signedAt = ISO_8601.test(h.timestamp) ? Date.parse(h.timestamp) : NaN
  if (Number.isNaN(signedAt)) throw unauthorized('invalid_timestamp', 'X-Zendesk-Webhook-Signature-Timestamp must be an ISO 8601 time.')
  assertFresh(signedAt, now)
  const mac = fromBase64(h.signature)
  if (!mac || !(await hmacSha256Verify(secret, h.timestamp + rawBody, mac))) {
    throw unauthorized('invalid_signature', 'The signature does not match the body and timestamp.')
  }
}

import { assertFresh, fromHex, hmacSha256Verify, unauthorized } from './signature'

export type GenericSignatureHeaders = { timestamp: string; signature: string }

// X-Madoguchi-Timestamp: <unix seconds>, X-Madoguchi-Signature: sha256=<hex HMAC-SHA256(secret, "<ts>.<raw body>")>.
export function genericSignatureHeaders(get: (name: string) => string | undefined): GenericSignatureHeaders {
  const timestamp = get('x-madoguchi-timestamp')
  const signature = get('x-madoguchi-signature')
  if (!timestamp || !signature) {
    throw unauthorized('missing_signature', 'Send X-Madoguchi-Timestamp and X-Madoguchi-Signature (see README: Webhooks).')
  }
  return { timestamp, signature }
}

export async function verifyGenericSignature(secret: string, h: GenericSignatureHeaders, rawBody: string, now: Date): Promise<void> {
  if (!/^\d{1,12}$/.test(h.timestamp)) throw unauthorized('invalid_timestamp', 'X-Madoguchi-Timestamp must be Unix time in seconds.')
  assertFresh(Number(h.timestamp) * 1000, now)
  const mac = h.signature.startsWith('sha256=') ? fromHex(h.signature.slice('sha256='.length)) : null
  if (!mac || !(await hmacSha256Verify(secret, `${h.timestamp}.${rawBody}`, mac))) {
    throw unauthorized('invalid_signature', 'The signature does not match the body and timestamp.')
  }
}

import { ApiError } from '../errors'

// Deliveries older or newer than this are refused, so a captured request cannot be replayed later.
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60

const encoder = new TextEncoder()

const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage])

// crypto.subtle.verify compares the MAC in constant time, unlike === on strings.
export async function hmacSha256Verify(secret: string, message: string, mac: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), mac, encoder.encode(message))
}

export async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(message)))
}

export const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

export function fromHex(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return null
  return new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)))
}

export function fromBase64(b64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null
  try {
    return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))
  } catch {
    return null
  }
}

export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))))
}

export const unauthorized = (code: string, message: string) => new ApiError(401, code, message)

// Both schemes share the freshness rule; `signedAt` is already parsed to epoch milliseconds.
export function assertFresh(signedAtMs: number, now: Date): void {
  if (Math.abs(now.getTime() - signedAtMs) > MAX_CLOCK_SKEW_SECONDS * 1000) {
    throw unauthorized('stale_timestamp', `The signature timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes away from our clock.`)
  }
}

import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env'
import { bearerToken, constantTimeEqual } from './constant-time'

export const ADMIN_COOKIE = 'madoguchi_admin'

// The cookie holds a SHA-256 of the token, never the token itself.
export async function tokenDigest(token: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(`madoguchi-admin:${token}`))
}

export const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')

// The cookie's digest against the token's, compared in constant time over 32 bytes.
async function sameDigest(cookieHex: string, expected: string): Promise<boolean> {
  const want = new Uint8Array(await tokenDigest(expected))
  const got = new Uint8Array(32)
  if (/^[0-9a-f]{64}$/.test(cookieHex)) for (let i = 0; i < 32; i++) got[i] = parseInt(cookieHex.slice(i * 2, i * 2 + 2), 16)
  return crypto.subtle.timingSafeEqual(got, want)
}

// Open when ADMIN_TOKEN is unset (local use); otherwise a Bearer header or the cookie set by the token form.
export async function isAdmin(c: Context<AppEnv>): Promise<boolean> {
  const token = c.env.ADMIN_TOKEN
  if (!token) return true
  const bearer = bearerToken(c.req.header('authorization'))
  if (bearer !== undefined) return constantTimeEqual(bearer, token)
  const cookie = getCookie(c, ADMIN_COOKIE)
  return cookie ? sameDigest(cookie, token) : false
}

export async function isAdminToken(c: Context<AppEnv>, given: string): Promise<boolean> {
  const token = c.env.ADMIN_TOKEN
  return !!token && constantTimeEqual(given, token)
}

import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError, type ErrorIssue } from '../errors'

export const MAX_BODY_BYTES = 64 * 1024

// Reads the raw body with a byte cap before any parsing, so an oversized upload never reaches JSON.parse.
export async function readRawBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? '0')
  if (declared > maxBytes) throw tooLarge(maxBytes)
  const body = c.req.raw.body
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const all = new Uint8Array(size)
  let at = 0
  for (const ch of chunks) {
    all.set(ch, at)
    at += ch.byteLength
  }
  return new TextDecoder().decode(all)
}

const tooLarge = (maxBytes: number) =>
  new ApiError(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes.`)

export function requireJsonContentType(c: Context): void {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.')
  }
}

export function parseJsonText(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON.')
  }
}

// Fields whose zod "too_big" means "over a documented size limit" answer 413 instead of 400.
export function validate<S extends z.ZodType>(schema: S, data: unknown, sizeLimitedPaths: string[] = []): z.infer<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues: ErrorIssue[] = result.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
    code: i.code,
  }))
  const oversize = result.error.issues.find(
    (i) => i.code === 'too_big' && sizeLimitedPaths.includes(i.path.join('.')),
  )
  if (oversize) {
    throw new ApiError(413, 'text_too_long', `"${oversize.path.join('.')}" is longer than the limit: ${oversize.message}`, issues)
  }
  throw new ApiError(400, 'invalid_request', 'The request body does not match the expected shape.', issues)
}

// 415 → 413 → 400 (JSON) → 400/413 (shape): the order a caller can fix things in.
export async function jsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  opts: { maxBytes?: number; sizeLimitedPaths?: string[] } = {},
): Promise<z.infer<S>> {
  requireJsonContentType(c)
  const raw = await readRawBody(c, opts.maxBytes)
  return validate(schema, parseJsonText(raw), opts.sizeLimitedPaths)
}

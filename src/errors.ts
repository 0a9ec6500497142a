import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export type ErrorIssue = { path: (string | number)[]; message: string; code?: string }

// The one error class; every 4xx/5xx body is {"error":{"code","message","issues"?}} (STYLE.md).
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const errorBody = (code: string, message: string, issues?: ErrorIssue[]) => ({
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
})

export function errorResponse(c: Context, err: ApiError): Response {
  for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v)
  return c.json(errorBody(err.code, err.message, err.issues), err.status)
}

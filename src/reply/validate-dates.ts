import { ApiError, type ErrorIssue } from '../errors'
import type { DraftRequest } from '../schemas/draft'
import { isYmd, parseIsoInstant } from './calendar-date'

// The contract types these as strings; a date that does not exist must be a 400, never a wrong deadline.
export function checkDraftDates(req: DraftRequest): void {
  const issues: ErrorIssue[] = []
  if (req.receivedAt !== undefined && !parseIsoInstant(req.receivedAt)) {
    issues.push({ path: ['receivedAt'], code: 'invalid_format', message: 'expected an ISO 8601 date-time with an offset, e.g. 2026-11-24T10:30:00+09:00' })
  }
  const ship = req.order?.latestShipDate
  if (ship !== undefined && !isYmd(ship) && !parseIsoInstant(ship)) {
    issues.push({ path: ['order', 'latestShipDate'], code: 'invalid_format', message: 'expected YYYY-MM-DD or an ISO 8601 date-time with an offset' })
  }
  if (issues.length > 0) throw new ApiError(400, 'invalid_request', 'The request body does not match the expected shape.', issues)
}

import { addDays, dateInZone, isYmd, parseIsoInstant, weekday, type Ymd } from './calendar-date'
import { isPublicHoliday } from './holidays'
import { MARKETPLACE_TIME_ZONE, type Marketplace } from './marketplace'

export type DeadlineOptions = { days?: number; businessDays?: boolean }

// Why a deadline came out the way it did; staff warnings are worded from these codes.
export type DeadlineNote = 'shortened_by_ship_date' | 'ship_date_too_close'

export type Deadline = { date: Ymd; received: Ymd; notes: DeadlineNote[] }

export const isBusinessDay = (marketplace: Marketplace, ymd: Ymd): boolean =>
  weekday(ymd) !== 0 && weekday(ymd) !== 6 && !isPublicHoliday(marketplace, ymd)

// The N-th (business) day after the day received, in the marketplace's zone (POLICY.md, deadline fallback).
export function nthDayAfter(marketplace: Marketplace, received: Ymd, n: number, businessDays: boolean): Ymd {
  let day = received
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1)
    if (!businessDays || isBusinessDay(marketplace, day)) counted++
  }
  return day
}

// The order's latest ship date as a calendar date in the marketplace zone; a bare date is taken as is.
export function shipDateIn(marketplace: Marketplace, latestShipDate: string): Ymd | null {
  if (isYmd(latestShipDate)) return latestShipDate
  const instant = parseIsoInstant(latestShipDate)
  return instant ? dateInZone(instant, MARKETPLACE_TIME_ZONE[marketplace]) : null
}

// The seller must be able to cancel before the ship date passes, so the deadline ends the day before it at
// the latest; if even that is not after the day received, the deadline is the day received (never the past).
export function computeDeadline(
  marketplace: Marketplace,
  receivedAt: Date,
  opts: DeadlineOptions = {},
  latestShipDate?: string,
): Deadline {
  const received = dateInZone(receivedAt, MARKETPLACE_TIME_ZONE[marketplace])
  let date = nthDayAfter(marketplace, received, opts.days ?? 2, opts.businessDays ?? true)
  const notes: DeadlineNote[] = []
  const shipDate = latestShipDate === undefined ? null : shipDateIn(marketplace, latestShipDate)
  if (shipDate) {
    const latest = addDays(shipDate, -1)
    if (latest < date) {
      if (latest <= received) {
        date = received
        notes.push('ship_date_too_close')
      } else {
        date = latest
        notes.push('shortened_by_ship_date')
      }
    }
  }
  return { date, received, notes }
}

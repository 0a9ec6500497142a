import { describe, expect, it } from 'vitest'
import { dateInZone, isYmd, parseIsoInstant } from '../src/reply/calendar-date'
import { computeDeadline, isBusinessDay, nthDayAfter } from '../src/reply/deadline'
import { displayDate } from '../src/reply/display-date'

const at = (iso: string) => parseIsoInstant(iso)!

describe('business days come from the holiday packages', () => {
  it.each([
    ['JP', '2026-04-29', false], // 昭和の日
    ['JP', '2026-05-06', false], // 振替休日 for 憲法記念日 on Sunday 5/3
    ['JP', '2026-09-22', false], // 国民の休日 between 敬老の日 and 秋分の日
    ['JP', '2026-11-23', false], // 勤労感謝の日
    ['JP', '2026-12-31', true], // year-end days are not national holidays
    ['JP', '2027-01-01', false],
    ['JP', '2026-11-26', true], // US Thanksgiving is a working day in Japan
    ['US', '2026-11-26', false], // Thanksgiving
    ['US', '2026-11-27', true], // the day after is not a federal holiday
    ['US', '2026-07-03', false], // July 4th on a Saturday is observed on Friday
    ['US', '2026-12-25', false],
    ['US', '2026-11-23', true], // 勤労感謝の日 is a working day in the US
    ['US', '2026-11-21', false], // Saturday
  ] as const)('%s %s business day: %s', (mp, day, expected) => {
    expect(isBusinessDay(mp, day)).toBe(expected)
  })
})

describe('nthDayAfter', () => {
  it.each([
    ['JP', '2026-11-24', 2, true, '2026-11-26'],
    ['JP', '2026-04-30', 2, true, '2026-05-07'], // Golden Week: 5/1, then 5/2–5/6 off, 5/7
    ['JP', '2026-04-28', 2, true, '2026-05-01'], // skips 昭和の日 4/29
    ['JP', '2026-05-01', 2, true, '2026-05-08'],
    ['JP', '2026-09-18', 2, true, '2026-09-25'], // Silver Week 9/19–9/23
    ['JP', '2026-12-30', 2, true, '2027-01-04'], // 12/31, then New Year's Day + weekend
    ['JP', '2026-11-21', 1, true, '2026-11-24'], // received on Saturday; Monday 11/23 is a holiday
    ['US', '2026-11-24', 2, true, '2026-11-27'], // Thanksgiving 11/26
    ['US', '2026-12-24', 2, true, '2026-12-29'],
    ['US', '2026-12-31', 2, true, '2027-01-05'],
    ['US', '2026-07-02', 2, true, '2026-07-07'],
    ['JP', '2026-11-20', 2, false, '2026-11-22'], // calendar days land on a Sunday
    ['US', '2026-11-24', 14, true, '2026-12-15'],
  ] as const)('%s from %s, %i days (business %s) → %s', (mp, received, n, business, expected) => {
    expect(nthDayAfter(mp, received, n, business)).toBe(expected)
  })
})

describe('computeDeadline', () => {
  it('counts from the day received in Tokyo for JP, even when it is still the day before in Los Angeles', () => {
    // 2026-11-24T23:30-08:00 is 2026-11-25 16:30 in Tokyo.
    expect(computeDeadline('JP', at('2026-11-24T23:30:00-08:00')).received).toBe('2026-11-25')
    expect(computeDeadline('JP', at('2026-11-24T23:30:00-08:00')).date).toBe('2026-11-27')
    expect(computeDeadline('US', at('2026-11-24T23:30:00-08:00')).received).toBe('2026-11-24')
  })

  it('gives different dates across a zone boundary', () => {
    // Thursday night in Los Angeles is Friday in Tokyo; Monday 11/23 is a Japanese holiday.
    expect(computeDeadline('US', at('2026-11-19T23:30:00-08:00')).date).toBe('2026-11-23')
    expect(computeDeadline('JP', at('2026-11-19T23:30:00-08:00')).date).toBe('2026-11-25')
  })

  it('uses the options', () => {
    expect(computeDeadline('JP', at('2026-11-20T09:00:00+09:00'), { days: 2, businessDays: false }).date).toBe('2026-11-22')
    expect(computeDeadline('JP', at('2026-11-20T09:00:00+09:00'), { days: 3 }).date).toBe('2026-11-26')
  })

  it('ends the day before the latest ship date at the latest, and says so', () => {
    const d = computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-26')
    expect(d).toEqual({ date: '2026-11-25', received: '2026-11-24', notes: ['shortened_by_ship_date'] })
  })

  it('is not shortened when the ship date leaves room', () => {
    expect(computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-27').notes).toEqual([])
  })

  it('falls back to the day received when the ship date is too close', () => {
    const d = computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-25')
    expect(d).toEqual({ date: '2026-11-24', received: '2026-11-24', notes: ['ship_date_too_close'] })
    // A ship date already past must not produce a deadline in the past either.
    expect(computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-20').date).toBe('2026-11-24')
  })

  it('reads an ISO latest ship date in the marketplace zone', () => {
    // 14:59:59Z on the 26th is the 26th in both Tokyo (23:59) and Los Angeles (06:59).
    expect(computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-26T14:59:59Z').date).toBe('2026-11-25')
    // 15:00Z on the 26th is already the 27th in Tokyo: no clamp.
    expect(computeDeadline('JP', at('2026-11-24T10:00:00+09:00'), {}, '2026-11-26T15:00:00Z').date).toBe('2026-11-26')
  })
})

describe('dates', () => {
  it('displays as the reader reads', () => {
    expect(displayDate('2026-11-25', 'ja')).toBe('2026年11月25日(水)')
    expect(displayDate('2026-11-25', 'en')).toBe('Wednesday, November 25, 2026')
    expect(displayDate('2027-01-04', 'ja')).toBe('2027年1月4日(月)')
  })

  it('rejects dates that do not exist and times without an offset', () => {
    expect(isYmd('2026-02-29')).toBe(false)
    expect(isYmd('2028-02-29')).toBe(true)
    expect(parseIsoInstant('2026-02-30T10:00:00+09:00')).toBeNull()
    expect(parseIsoInstant('2026-11-24T10:00:00')).toBeNull()
    expect(parseIsoInstant('2026-11-24T24:00:00Z')).toBeNull()
    expect(parseIsoInstant('yesterday')).toBeNull()
    expect(parseIsoInstant('2026-11-24T10:00:00.123+09:00')?.toISOString()).toBe('2026-11-24T01:00:00.123Z')
    // RFC 3339 spellings: a space for T, lower-case z, no seconds, nanoseconds.
    expect(parseIsoInstant('2026-11-24 10:00:00+09:00')?.toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(parseIsoInstant('2026-11-24t01:00z')?.toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(parseIsoInstant('2026-11-24T01:00:00.123456789Z')?.toISOString()).toBe('2026-11-24T01:00:00.123Z')
    expect(parseIsoInstant('2026-11-24T10:00:00+24:00')).toBeNull()
  })

  it('finds the calendar date in a zone', () => {
    expect(dateInZone(at('2026-11-24T14:59:59Z'), 'Asia/Tokyo')).toBe('2026-11-24')
    expect(dateInZone(at('2026-11-24T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-25')
    expect(dateInZone(at('2026-11-25T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-11-24')
  })
})

import { describe, expect, it } from 'vitest'
import { findDates } from '../src/checker/dates'

// Dates as people write them in replies; offsets must point at the date in the reply.
const dates = (text: string, ref = '2026-11-20') => findDates(text, ref).map((d) => [d.date, text.slice(d.start, d.end)])

describe('findDates', () => {
  it('reads Japanese dates with and without year and weekday', () => {
    expect(dates('11月25日(水)までに')).toEqual([['2026-11-25', '11月25日']])
    expect(dates('2026年11月25日(水)までに')).toEqual([['2026-11-25', '2026年11月25日']])
    expect(dates('１１月２５日までに')).toEqual([['2026-11-25', '１１月２５日']]) // full-width digits
  })

  it('reads numeric dates: 11/25, 2026/11/25, 11/25/2026, 2026-11-25', () => {
    expect(dates('by 11/25')).toEqual([['2026-11-25', '11/25']])
    expect(dates('2026/11/25まで')).toEqual([['2026-11-25', '2026/11/25']])
    expect(dates('by 11/25/2026')).toEqual([['2026-11-25', '11/25/2026']])
    expect(dates('by 2026-11-25')).toEqual([['2026-11-25', '2026-11-25']])
  })

  it('reads English month names, long and short, either order', () => {
    expect(dates('by Wednesday, November 25, 2026, we will')).toEqual([['2026-11-25', 'November 25, 2026']])
    expect(dates('by Nov 25')).toEqual([['2026-11-25', 'Nov 25']])
    expect(dates('by Nov. 25th')).toEqual([['2026-11-25', 'Nov. 25th']])
    expect(dates('by 25 November 2026')).toEqual([['2026-11-25', '25 November 2026']])
  })

  it('rolls a yearless date in January into the next year when the reference is late in the year', () => {
    expect(dates('1月5日(火)まで', '2026-12-28')).toEqual([['2027-01-05', '1月5日']])
  })

  it('ignores order ids, impossible dates and times', () => {
    expect(dates('ご注文番号 250-1234567-1234567 について')).toEqual([])
    expect(dates('2月30日まで')).toEqual([])
    expect(dates('at 10:30')).toEqual([])
    expect(dates('you may 3 times')).toEqual([])
  })
})

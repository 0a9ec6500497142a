import holidayJp from '@holiday-jp/holiday_jp'
import * as usFederal from '@18f/us-federal-holidays'
import type { Marketplace } from './marketplace'
import type { Ymd } from './calendar-date'

// Public holidays from maintained packages, never a hand list (issue 4):
// JP national holidays incl. substitute holidays (@holiday-jp/holiday_jp), US federal holidays as observed
// (@18f/us-federal-holidays; Saturday holidays move to Friday, Sunday ones to Monday).
const usByYear = new Map<number, Set<Ymd>>()

function usHolidays(year: number): Set<Ymd> {
  let set = usByYear.get(year)
  if (!set) {
    // Next year's New Year's Day is observed on Dec 31 when Jan 1 is a Saturday.
    set = new Set([...usFederal.allForYear(year), ...usFederal.allForYear(year + 1)].map((h) => h.dateString))
    usByYear.set(year, set)
  }
  return set
}

export function isPublicHoliday(marketplace: Marketplace, ymd: Ymd): boolean {
  if (marketplace === 'JP') return Object.hasOwn(holidayJp.holidays, ymd)
  return usHolidays(Number(ymd.slice(0, 4))).has(ymd)
}

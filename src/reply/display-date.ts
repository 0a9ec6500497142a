import type { Lang } from '../schemas/analyze'
import { weekday, type Ymd } from './calendar-date'

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土']
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

// The date as the reader reads it: 2026年11月25日(水) / Wednesday, November 25, 2026 (POLICY.md).
export function displayDate(ymd: Ymd, lang: Lang): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  const w = weekday(ymd)
  return lang === 'ja' ? `${y}年${m}月${d}日(${JA_WEEKDAYS[w]})` : `${EN_WEEKDAYS[w]}, ${EN_MONTHS[m - 1]} ${d}, ${y}`
}

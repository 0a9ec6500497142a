// Dates written in a reply (11月25日, 2026年11月25日(水), 11/25, 2026-11-25, November 25, 25 Nov 2026), with offsets.
export type FoundDate = { date: string; start: number; end: number }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

type Pattern = { re: RegExp; pick: (m: RegExpExecArray) => [year: string | undefined, month: number, day: number] }

let patterns: Pattern[] | undefined
// Built on first use (STYLE.md: no work at module top level).
function getPatterns(): Pattern[] {
  patterns ??= [
    { re: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, pick: (m) => [m[1], +m[2]!, +m[3]!] },
    { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, pick: (m) => [m[1], +m[2]!, +m[3]!] },
    { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g, pick: (m) => [m[3], +m[1]!, +m[2]!] },
    {
      re: new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'g'), // case-sensitive: "you may 3" is not May 3
      pick: (m) => [m[3], monthIndex(m[1]!), +m[2]!],
    },
    {
      re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+(\d{4}))?`, 'g'), // case-sensitive: "you may 3" is not May 3
      pick: (m) => [m[3], monthIndex(m[2]!), +m[1]!],
    },
  ]
  return patterns
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

// Full-width digits and slashes become ASCII one for one, so offsets into the original stay valid.
const asciiDigits = (s: string) => s.replace(/[０-９／]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

// A date without a year is the next such day on or after ~half a year before the reference (replies talk about soon).
export function findDates(text: string, reference: string): FoundDate[] {
  const src = asciiDigits(text)
  const refYear = +reference.slice(0, 4)
  const found: FoundDate[] = []
  for (const { re, pick } of getPatterns()) {
    re.lastIndex = 0
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const [y, month, day] = pick(m)
      let year = y ? +y : refYear
      if (!y && iso(year, month, day) < shiftDays(reference, -180)) year += 1
      if (!realDate(year, month, day)) continue
      const start = m.index
      const end = m.index + m[0].length
      if (found.some((f) => start < f.end && f.start < end)) continue // the first pattern to claim a span wins
      found.push({ date: iso(year, month, day), start, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

export function shiftDays(isoDate: string, days: number): string {
  const t = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

// Calendar dates (no time of day) as 'YYYY-MM-DD' strings; arithmetic runs on UTC midnights so no zone leaks in.
export type Ymd = string

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/
// ISO 8601 / RFC 3339 date-time with an explicit offset: a time without a zone is ambiguous across marketplaces.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

export function isYmd(s: string): boolean {
  const m = YMD.exec(s)
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

// Date.parse rolls 2026-02-30 over to March; this rejects it and out-of-range times and offsets.
export function parseIsoInstant(s: string): Date | null {
  const m = ISO_WITH_OFFSET.exec(s)
  if (!m) return null
  const [, y, mo, d, h, mi, sec = '00', frac = '', zone = 'Z'] = m
  if (!realDate(Number(y), Number(mo), Number(d))) return null
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return null
  const z = zone.toUpperCase()
  if (z !== 'Z' && (Number(z.slice(1, 3)) > 23 || Number(z.slice(4, 6)) > 59)) return null
  // Rebuilt in the one form every engine parses the same way (milliseconds at most).
  const t = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${frac.slice(0, 4)}${z}`)
  return Number.isNaN(t.getTime()) ? null : t
}

// The calendar date an instant falls on in an IANA time zone (workerd ships full ICU).
export function dateInZone(instant: Date, timeZone: string): Ymd {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

const toUtc = (ymd: Ymd) => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}
const fromUtc = (t: Date): Ymd => t.toISOString().slice(0, 10)

export const addDays = (ymd: Ymd, n: number): Ymd => {
  const t = toUtc(ymd)
  t.setUTCDate(t.getUTCDate() + n)
  return fromUtc(t)
}

// 0 = Sunday … 6 = Saturday.
export const weekday = (ymd: Ymd): number => toUtc(ymd).getUTCDay()

export const yearOf = (ymd: Ymd): number => Number(ymd.slice(0, 4))

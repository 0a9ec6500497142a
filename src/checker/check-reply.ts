import type { Lang } from '../schemas/analyze'
import type { Finding } from '../schemas/check-reply'
import { detectLanguage } from '../nlp/language'
import { findDates, type FoundDate } from './dates'
import type { RuleData } from './rule-data'
import { RULES } from './rules.gen'
import type { Situation } from './situation'

export type CheckContext = {
  situation?: Situation // what should happen; unknown → only situation-free rules run
  latestShipDate?: string // YYYY-MM-DD or ISO 8601
  buyerLang?: Lang // the language of the buyer's message
  lang?: Lang // the language findings are written in; default: the reply's
  now?: Date
}

type Compiled = RuleData & { res: { ja: RegExp[]; en: RegExp[] } }
let compiled: Compiled[] | undefined

// Regexes compiled on first use, once per isolate.
function rules(): Compiled[] {
  compiled ??= RULES.map((r) => ({
    ...r,
    res: { ja: (r.patterns?.ja ?? []).map((p) => new RegExp(p, 'giu')), en: (r.patterns?.en ?? []).map((p) => new RegExp(p, 'giu')) },
  }))
  return compiled
}

const applies = (r: RuleData, s: Situation | undefined) => !r.when || (s !== undefined && r.when.includes(s))

// Sentences end at 。！？!? or a line break; a period only before whitespace (so "Nov. 25" and "Amazon.com" stay whole).
function sentenceOf(text: string, at: number): string {
  const stops = /[。！？!?\n]|\.(?=\s|$)/g
  let from = 0
  let to = text.length
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    if (m.index < at) from = m.index + 1
    else {
      to = m.index
      break
    }
  }
  return text.slice(from, to)
}

// A date in a sentence with a deadline cue is a deadline; if no date has a cue, every date counts.
function deadlines(reply: string, dates: FoundDate[], cues: RegExp[]): FoundDate[] {
  if (cues.length === 0) return dates
  const cued = dates.filter((d) => cues.some((re) => new RegExp(re.source, re.flags).test(sentenceOf(reply, d.start))))
  return cued.length > 0 ? cued : dates
}

export function checkReply(reply: string, ctx: CheckContext = {}): Finding[] {
  const replyLang = detectLanguage(reply)
  const msgLang = ctx.lang ?? replyLang
  const shipDate = ctx.latestShipDate?.slice(0, 10)
  const reference = shipDate ?? (ctx.now ?? new Date()).toISOString().slice(0, 10)
  let dates: FoundDate[] | undefined
  const allDates = () => (dates ??= findDates(reply, reference))
  const findings: Finding[] = []
  const add = (r: RuleData, start?: number, end?: number) =>
    findings.push({ code: r.id, severity: r.severity, message: r.message[msgLang], ...(start !== undefined ? { start, end } : {}) })

  for (const r of rules()) {
    if (!applies(r, ctx.situation)) continue
    switch (r.kind) {
      case 'forbidden':
        for (const re of [...r.res.ja, ...r.res.en]) {
          for (const m of reply.matchAll(re)) add(r, m.index, m.index + m[0].length)
        }
        break
      case 'required':
        if (!r.res[replyLang].every((re) => new RegExp(re.source, re.flags).test(reply))) add(r)
        break
      case 'deadline_missing':
        if (allDates().length === 0) add(r)
        break
      case 'deadline_after_ship_date':
      case 'deadline_on_ship_date':
        if (!shipDate) break
        for (const d of deadlines(reply, allDates(), [...r.res.ja, ...r.res.en])) {
          if (r.kind === 'deadline_after_ship_date' ? d.date > shipDate : d.date === shipDate) add(r, d.start, d.end)
        }
        break
      case 'too_long':
        if (reply.length > r.limit!) add(r, r.limit!, reply.length)
        break
      case 'language_mismatch':
        if (ctx.buyerLang && ctx.buyerLang !== replyLang) add(r)
        break
    }
  }
  return findings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1))
}

export const hasErrors = (findings: Finding[]) => findings.some((f) => f.severity === 'error')

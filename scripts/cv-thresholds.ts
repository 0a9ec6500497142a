// Scores threshold settings on the dumps of scripts/cv-model.ts, deciding each message as src/nlp/second-opinion.ts
// does: per fold macro-F1 for the settings in dictionaries/model.yaml and for the best of a grid per intent, how many
// folds each wins, "please don't cancel" reported as cancel, and a nested estimate (choose on the other folds, score
// the held one) of what re-choosing gains.   npx tsx scripts/cv-thresholds.ts cv-ja.jsonl
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'

type Row = { fold: string; lang: 'ja' | 'en'; exp: string[]; dc: boolean; rules: string[]; negated: string[]; p: Record<string, number> }
type Setting = { keep: number; add: number; overrule: number; veto: number; certain: number; outweigh: number }
const INTENTS = ['cancel', 'address_change', 'return'] as const
type Intent = (typeof INTENTS)[number]

const rows = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row)
const lang = rows[0]!.lang
const folds = [...new Set(rows.map((r) => r.fold))]
const byFold = folds.map((f) => rows.filter((r) => r.fold === f))
const current = currentSettings()

const requested = (r: Row, t: Intent, s: Setting) => {
  const vetoed = t === 'cancel' && r.p.keep! >= s.veto && r.p.cancel! < s.certain && r.p.keep! >= s.outweigh * r.p.cancel!
  if (r.negated.includes(t)) return t !== 'cancel' && r.p[t]! >= s.overrule
  return r.rules.includes(t) ? r.p[t]! >= s.keep && !vetoed : r.p[t]! >= s.add && !vetoed
}
const f1 = (rs: Row[], t: Intent, s: Setting) => {
  let tp = 0, fp = 0, fn = 0
  for (const r of rs) {
    const want = r.exp.includes(t), got = requested(r, t, s)
    tp += Number(want && got); fp += Number(!want && got); fn += Number(want && !got)
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp), rc = tp + fn === 0 ? 1 : tp / (tp + fn)
  return p + rc === 0 ? 0 : (2 * p * rc) / (p + rc)
}
const perFold = (t: Intent, s: Setting) => byFold.map((rs) => f1(rs, t, s))
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const dontCancelAsCancel = (s: Setting) => rows.filter((r) => r.dc && requested(r, 'cancel', s)).length

const grid = (t: Intent): Setting[] => {
  const out: Setting[] = []
  for (const keep of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]) for (const add of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7])
    for (const overrule of t === 'cancel' ? [current[t].overrule] : [0.7, 0.85, 0.95]) out.push({ keep, add, overrule, veto: current[t].veto, certain: current[t].certain, outweigh: current[t].outweigh })
  return out
}

const fmt = (x: number) => x.toFixed(4)
console.log(`${lang}: ${rows.length} messages in ${folds.length} folds (${folds.join(', ')})`)
const nested = folds.map(() => ({ current: 0, chosen: 0 }))
for (const t of INTENTS) {
  const base = perFold(t, current[t])
  const scored = grid(t).map((s) => ({ s, folds: perFold(t, s) })).sort((a, b) => mean(b.folds) - mean(a.folds))
  console.log(`${t}: now ${JSON.stringify(current[t])} → ${fmt(mean(base))}`)
  for (const { s, folds: f } of scored.slice(0, 5)) {
    const won = f.filter((x, i) => x > base[i]! + 1e-9).length, lost = f.filter((x, i) => x < base[i]! - 1e-9).length
    console.log(`  keep ${s.keep} add ${s.add} overrule ${s.overrule}: ${fmt(mean(f))} (${(mean(f) - mean(base)).toFixed(4)}), ${won} folds better, ${lost} worse`)
  }
  folds.forEach((_, held) => {
    const pick = scored.reduce((a, b) => (mean(b.folds.filter((__, i) => i !== held)) > mean(a.folds.filter((__, i) => i !== held)) ? b : a))
    nested[held]!.current += base[held]! / 3
    nested[held]!.chosen += pick.folds[held]! / 3
  })
}
const gains = nested.map((n) => n.chosen - n.current)
console.log(`nested: ${gains.map((g) => g.toFixed(4)).join(' ')} → mean ${mean(gains).toFixed(4)}`)
console.log(`"please don't cancel" as cancel with today's settings: ${dontCancelAsCancel(current.cancel)}`)

function currentSettings(): Record<Intent, Setting> {
  const perIntent = (v: number | Record<string, number>, t: string) => (typeof v === 'number' ? v : v[t]!)
  const all = load(readFileSync('dictionaries/model.yaml', 'utf8')) as { languages: Record<string, Record<string, number | Record<string, number>>> }
  const l = all.languages[lang]!
  return Object.fromEntries(INTENTS.map((t) => [t, { keep: perIntent(l.keep!, t), add: perIntent(l.add!, t),
    overrule: t === 'cancel' ? 1 : perIntent(l.overrule!, t), veto: l.veto as number, certain: l.certain as number, outweigh: l.outweigh as number }])) as Record<Intent, Setting>
}

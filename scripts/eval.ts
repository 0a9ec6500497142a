// npm run eval [-- --holdout] [-- --quiet] [-- --rules-only] [-- --dir=path]: precision / recall / F1 per intent and language, and every miss.
// Runs in Node with kuromoji's stock builder (same tokens as the Worker); --holdout reads test/corpus/holdout/.
import { existsSync, readFileSync } from 'node:fs'
import kuromoji from 'kuromoji'
import { detect, prepare } from '../src/nlp/detect'
import { detectLanguage } from '../src/nlp/language'
import { withSecondOpinion } from '../src/nlp/second-opinion'
import type { Lang } from '../src/schemas/analyze'
import type { Token } from '../src/nlp/token'
import { parseJsonl, score, type Got } from '../test/support/score'

const holdout = process.argv.includes('--holdout')
const quiet = process.argv.includes('--quiet')
const rulesOnly = process.argv.includes('--rules-only') // the dictionaries alone, without the learned second opinion
const dirArg = process.argv.find((a) => a.startsWith('--dir='))?.slice(6)
const dir = dirArg ?? (holdout ? 'test/corpus/holdout' : 'test/corpus')

const tokenizer = await new Promise<{ tokenize(s: string): Token[] }>((resolve, reject) =>
  kuromoji.builder({ dicPath: 'node_modules/kuromoji/dict' }).build((err, t) => (err ? reject(err) : resolve(t as never))))

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)
let failed = false
for (const lang of ['ja', 'en'] as const) {
  const file = `${dir}/${lang}.jsonl`
  if (!existsSync(file)) { console.log(`${file}: missing, skipped`); continue }
  const rows = parseJsonl(readFileSync(file, 'utf8'))
  const started = performance.now()
  const got: Got[] = rows.map((r) => {
    const language: Lang = detectLanguage(r.text)
    const norm = prepare(r.text, language)
    const tokens = language === 'ja' ? tokenizer.tokenize(norm.text) : null
    const ruled = detect(norm, language, tokens)
    const d = rulesOnly ? ruled : withSecondOpinion(ruled, norm, language, tokens)
    return { intents: d.intents.map((i) => i.type), negated: d.negated.map((i) => i.type) }
  })
  const ms = performance.now() - started
  const s = score(lang, rows, got)
  console.log(`\n== ${lang} (${file}, ${s.n} messages, ${ms.toFixed(0)} ms) ==`)
  console.log('intent           precision  recall     F1   tp  fp  fn')
  for (const x of s.perIntent) {
    console.log(`${x.intent.padEnd(16)} ${pct(x.precision)}%  ${pct(x.recall)}%  ${pct(x.f1)}%  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`)
  }
  console.log(`macro-F1 ${lang}: ${pct(s.macroF1)}%   dont-cancel reported as cancel: ${s.dontCancelAsCancel.length}${s.dontCancelAsCancel.length ? ` (${s.dontCancelAsCancel.join(', ')})` : ''}`)
  if (!quiet) {
    console.log(`misses (${s.misses.length}):`)
    for (const m of s.misses) console.log(`  ${m.id}  expected [${m.expected.join(',')}] got [${m.got.join(',')}]  ${JSON.stringify(m.text)}`)
  }
  if (s.macroF1 < 0.95 || s.dontCancelAsCancel.length > 0) failed = true
}
process.exitCode = failed ? 1 : 0

// Cross-validation dumps for choosing the model's thresholds (dictionaries/model.yaml): for each fold, trains the
// model on the training list plus --extra sets minus the fold, and writes per message of the fold the rules' verdict
// and the fold-less model's probabilities. The rules' verdicts must come from rules never tuned on the folds: run it in
// an older checkout (with the newer sets copied into its test/corpus), or here with --rules=DIR naming a built older
// checkout (a git worktree) whose src/nlp/detect.ts reads the folds, while this checkout's features train the model.
// Then sweep with scripts/cv-thresholds.ts.
//   npx tsx scripts/cv-model.ts --lang=ja --folds=fresh60,fresh61 --extra=fresh62 --rules=../r15f --out=cv-ja.jsonl
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from 'js-yaml'
import kuromoji from 'kuromoji'
import * as here from '../src/nlp/detect'
import { features, ownWords } from '../src/nlp/features'
import { OUTPUTS } from '../src/nlp/model'
import type { Token } from '../src/nlp/token'
import { fitLogistic } from './lib/logistic'

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? ''
const lang = arg('lang') === 'en' ? 'en' : 'ja'
const folds = arg('folds').split(',').filter(Boolean)
const extra = arg('extra').split(',').filter(Boolean)
const out = arg('out') || `cv-${lang}.jsonl`
const rulesDir = arg('rules')
const rules: Pick<typeof here, 'detect' | 'prepare'> = rulesDir
  ? await import(pathToFileURL(resolve(rulesDir, 'src/nlp/detect.ts')).href)
  : here
const settings = load(readFileSync('dictionaries/model.yaml', 'utf8')) as { train: string[]; l2: number; min_count: number }
const files = [...new Set([...settings.train, ...extra.map((s) => `test/corpus/${s}/{lang}.jsonl`)].map((p) => p.replaceAll('{lang}', lang)))]
  .filter((p) => p.endsWith(`/${lang}.jsonl`) && existsSync(p))
const tokenizer = lang === 'ja'
  ? await new Promise<{ tokenize(s: string): Token[] }>((ok, fail) => kuromoji.builder({ dicPath: 'node_modules/kuromoji/dict' }).build((e, t) => (e ? fail(e) : ok(t as never))))
  : null

type Row = { set: string; id: string; intents: string[]; dc: boolean; keys: string[]; own: string[]; rules?: string[]; negated?: string[] }
const rows: Row[] = files.flatMap((f) => {
  const set = f.split('/').at(-2)!
  return readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const r = JSON.parse(l) as { id: string; text: string; intents: string[]; tags: string[] }
    const norm = here.prepare(r.text, lang)
    const tokens = tokenizer ? tokenizer.tokenize(norm.text) : null
    const all = features(norm.text, lang, tokens)
    const row: Row = { set, id: r.id, intents: r.intents, dc: r.tags.includes('dont-cancel'),
      keys: [...new Set(all.map((x) => x.key))], own: [...new Set(ownWords(norm.text, lang, all).map((x) => x.key))] }
    if (folds.includes(set)) {
      const rnorm = rules.prepare(r.text, lang) // an older checkout may spell-normalise differently
      const d = rules.detect(rnorm, lang, tokenizer && rnorm.text !== norm.text ? tokenizer.tokenize(rnorm.text) : tokens)
      Object.assign(row, { rules: d.intents.map((i) => i.type), negated: d.negated.map((i) => i.type) })
    }
    return row
  })
})

const lines: string[] = []
for (const fold of folds) {
  const train = rows.filter((r) => r.set !== fold)
  const count = new Map<string, number>()
  for (const r of train) for (const k of r.keys) count.set(k, (count.get(k) ?? 0) + 1)
  const vocab = [...count].filter(([, c]) => c >= settings.min_count).map(([k]) => k).sort()
  const index = new Map(vocab.map((k, i) => [k, i]))
  const ids = (ks: string[]) => Int32Array.from(ks.filter((k) => index.has(k)).map((k) => index.get(k)!))
  const X = train.map((r) => ids(r.keys))
  const XOwn = train.map((r) => ids(r.own))
  const fits = OUTPUTS.map((o) => fitLogistic(o === 'keep' ? XOwn : X,
    Float64Array.from(train, (r) => ((o === 'keep' ? r.dc : r.intents.includes(o)) ? 1 : 0)), vocab.length, settings.l2))
  for (const r of rows.filter((x) => x.set === fold)) {
    const p = Object.fromEntries(OUTPUTS.map((o, k) => {
      const seen = ids(o === 'keep' ? r.own : r.keys)
      const scale = 1 / Math.sqrt(Math.max(1, seen.length)) // as src/nlp/second-opinion.ts reads a message
      let z = fits[k]!.b
      for (const i of seen) z += fits[k]!.w[i]! * scale
      return [o, 1 / (1 + Math.exp(-z))]
    }))
    lines.push(JSON.stringify({ fold, lang, id: r.id, exp: r.intents, dc: r.dc, rules: r.rules, negated: r.negated, p }))
  }
  console.log(`cv-model: ${lang} ${fold} scored (${vocab.length} keys)`)
  writeFileSync(out, lines.join('\n') + '\n')
}

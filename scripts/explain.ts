// npx tsx scripts/explain.ts "<message>": each mention, the cue that decided it, the rules' result, the model's view, the final result.
import kuromoji from 'kuromoji'
import { detect, occurrences, prepare } from '../src/nlp/detect'
import { detectLanguage } from '../src/nlp/language'
import { opinion, withSecondOpinion } from '../src/nlp/second-opinion'
import type { Token } from '../src/nlp/token'
import type { IntentType } from '../src/schemas/analyze'

const tokenizer = await new Promise<{ tokenize(s: string): Token[] }>((resolve, reject) =>
  kuromoji.builder({ dicPath: 'node_modules/kuromoji/dict' }).build((err, t) => (err ? reject(err) : resolve(t as never))))
for (const text of process.argv.slice(2)) {
  const lang = detectLanguage(text)
  const norm = prepare(text, lang)
  const toks = lang === 'ja' ? tokenizer.tokenize(norm.text) : null
  const { tokens, found } = occurrences(norm, lang, toks)
  console.log(`${lang}: ${text}\n  tokens: ${tokens.map((t) => `${t.surface}/${t.base}`).join(' ')}`)
  for (const o of found) {
    const span = (s: number, e: number) => tokens.slice(s, e).map((t) => t.surface).join('')
    console.log(`  ${o.trigger.rule.intent} ${o.trigger.rule.id} "${span(o.trigger.start, o.trigger.end)}" → ${o.status}${o.strong ? ' (strong)' : ''} ${o.confidence}` +
      (o.cue ? ` by ${o.cue.rule.id} "${span(o.cue.start, o.cue.end)}"` : ''))
  }
  const rules = detect(norm, lang, toks)
  console.log('  rules =>', JSON.stringify(rules))
  const { probability, cues } = opinion(norm, lang, toks)
  for (const [type, p] of Object.entries(probability)) console.log(`  model ${type} ${p.toFixed(3)}  strongest: ${(type === 'keep' ? [] : cues(type as IntentType)).map((f) => JSON.stringify(f.key)).join(' ')}`)
  console.log('  final =>', JSON.stringify(withSecondOpinion(rules, norm, lang, toks)))
}

// npx tsx scripts/explain.ts "<message>": shows each mention, the cue that decided it, and the result (for rule authors).
import kuromoji from 'kuromoji'
import { detect, occurrences, prepare } from '../src/nlp/detect'
import { detectLanguage } from '../src/nlp/language'
import type { Token } from '../src/nlp/token'

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
  console.log('  =>', JSON.stringify(detect(norm, lang, toks)))
}

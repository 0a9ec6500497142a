import { env as bindings } from 'cloudflare:workers'
import type { Env } from '../src/env'
import { describe, expect, it } from 'vitest'
import { analyzeByRules as analyze } from '../src/nlp/analyze'
import { occurrences, prepare } from '../src/nlp/detect'
import { LEXICON } from '../src/nlp/lexicon.gen'
import { getTokenizer } from '../src/nlp/tokenizer'
import type { Lang } from '../src/schemas/analyze'

const env = bindings as unknown as Env

// Every entry in dictionaries/ carries match / no_match examples; this runs them through the rules as the Worker runs them,
// so adding a word cannot silently break a negation case (STYLE.md "Rules carry their examples").
const cuesDeciding = async (text: string, lang: Lang) => {
  const norm = prepare(text, lang)
  const tokens = lang === 'ja' ? (await getTokenizer(env.ASSETS)).tokenize(norm.text) : null
  return occurrences(norm, lang, tokens).found.flatMap((o) => (o.cue ? [o.cue.rule.id] : []))
}

for (const lang of ['ja', 'en'] as const) {
  describe(`dictionaries/${lang} examples`, () => {
    for (const t of LEXICON[lang].triggers) {
      if (t.status === 'ignore') {
        for (const text of t.no_match) {
          it(`${t.id} (exclusion) keeps ${t.intent} out of intents: ${text}`, async () => {
            expect((await analyze(env.ASSETS, { text, lang })).intents.map((i) => i.type)).not.toContain(t.intent)
          })
        }
        continue
      }
      for (const text of t.match) {
        it(`${t.id} matches: ${text}`, async () => {
          const res = await analyze(env.ASSETS, { text, lang })
          const bucket = t.status === 'request' ? res.intents : res.negated
          expect(bucket.map((i) => i.type)).toContain(t.intent)
        })
      }
      for (const text of t.no_match) {
        it(`${t.id} does not ${t.status === 'request' ? 'request' : 'negate'} ${t.intent}: ${text}`, async () => {
          const res = await analyze(env.ASSETS, { text, lang })
          expect((t.status === 'request' ? res.intents : res.negated).map((i) => i.type)).not.toContain(t.intent)
        })
      }
    }
    for (const c of LEXICON[lang].cues) {
      for (const text of c.match) {
        it(`cue ${c.id} decides a mention in: ${text}`, async () => {
          expect(await cuesDeciding(text, lang)).toContain(c.id)
        })
      }
      for (const text of c.no_match) {
        it(`cue ${c.id} decides nothing in: ${text}`, async () => {
          expect(await cuesDeciding(text, lang)).not.toContain(c.id)
        })
      }
    }
  })
}

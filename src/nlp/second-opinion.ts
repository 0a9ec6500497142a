import type { Evidence, Intent, IntentType, Lang } from '../schemas/analyze'
import type { Detection } from './detect'
import { features, type Feature } from './features'
import { INTENT_ORDER, type ModelWeights } from './model'
import { MODEL } from './model.gen'
import { originalSpan, type Normalized } from './normalize'

// A learned second opinion on the rules (dictionaries/model.yaml): it drops rule requests it finds very unlikely
// and adds intents the rules missed when it is confident — never one the rules found explicitly not wanted.

type Loaded = { bias: ModelWeights['bias']; weights: Map<string, [number, number, number]> }
const parsed = new Map<Lang, Loaded>()
// Parsed on first use, once per isolate: module start-up stays cheap. A Map, so "constructor" in a message is just a word.
function weightsOf(lang: Lang): Loaded {
  const done = parsed.get(lang)
  if (done) return done
  const raw = JSON.parse(MODEL[lang].json) as ModelWeights
  const loaded = { bias: raw.bias, weights: new Map(Object.entries(raw.weights)) }
  parsed.set(lang, loaded)
  return loaded
}

export type Opinion = { probability: Record<IntentType, number>; cues: Record<IntentType, Feature[]> }

export function opinion(norm: Normalized, lang: Lang): Opinion {
  const model = weightsOf(lang)
  const firstOf = new Map<string, Feature>()
  for (const f of features(norm.text, lang)) if (model.weights.has(f.key) && !firstOf.has(f.key)) firstOf.set(f.key, f)
  const scale = 1 / Math.sqrt(Math.max(1, firstOf.size))
  const probability = {} as Record<IntentType, number>
  const cues = {} as Record<IntentType, Feature[]>
  INTENT_ORDER.forEach((type, k) => {
    let z = model.bias[k]!
    const contributions: [Feature, number][] = []
    for (const [key, f] of firstOf) {
      const w = model.weights.get(key)![k]!
      z += w * scale
      if (w > 0 && readable(f.key, lang)) contributions.push([f, w])
    }
    probability[type] = 1 / (1 + Math.exp(-z))
    cues[type] = contributions.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f)
  })
  return { probability, cues }
}

export function withSecondOpinion(rules: Detection, norm: Normalized, lang: Lang): Detection {
  const { keep, add } = MODEL[lang]
  const { probability, cues } = opinion(norm, lang)
  const negated = new Set(rules.negated.map((i) => i.type))
  const intents: Intent[] = rules.intents.filter((i) => probability[i.type] >= keep)
  for (const type of INTENT_ORDER) {
    if (probability[type] < add || negated.has(type) || rules.intents.some((i) => i.type === type)) continue
    intents.push({ type, confidence: round(probability[type]), evidence: evidence(norm, cues[type]) })
  }
  return { intents: intents.sort((a, b) => b.confidence - a.confidence), negated: rules.negated }
}

// The strongest n-grams for the intent, merged where they overlap, in original-text offsets.
function evidence(norm: Normalized, cues: Feature[]): Evidence[] {
  const spans = cues.map((f) => ({ start: Math.max(0, f.start), end: Math.min(norm.text.length, f.end) })).sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const s of spans) {
    const last = merged.at(-1)
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged.map((s) => originalSpan(norm, s.start, s.end)).filter((e) => e.end > e.start)
}

// Evidence a person can read: English words or word pairs, Japanese runs of two or more letters (not 4-gram pieces or digits).
const readable = (key: string, lang: Lang) =>
  lang === 'ja' ? key.length >= 2 && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(key) : /^[a-z][a-z' ]{2,}$/.test(key)

const round = (x: number) => Math.round(x * 100) / 100

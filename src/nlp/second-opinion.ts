import type { Evidence, Intent, IntentType, Lang } from '../schemas/analyze'
import type { Detection } from './detect'
import { features, type Feature } from './features'
import { INTENT_ORDER, type ModelWeights } from './model'
import { MODEL } from './model.gen'
import { originalSpan, type Normalized } from './normalize'

// A learned second opinion on the rules (dictionaries/model.yaml): it drops rule requests it finds very unlikely
// and adds intents the rules missed when it is confident — never one the rules found explicitly not wanted.
type Loaded = { bias: ModelWeights['bias']; index: Map<string, number>; weights: Float32Array }
const loaded = new Map<Lang, Loaded>()

// Parsed on first use, once per isolate: module start-up stays cheap. A Map, so "constructor" in a message is just a word.
export function loadModel(lang: Lang): Loaded {
  const done = loaded.get(lang)
  if (done) return done
  const raw = JSON.parse(MODEL[lang].json) as ModelWeights
  const model = { bias: raw.bias, index: new Map(raw.keys.map((k, i) => [k, i])), weights: Float32Array.from(raw.weights) }
  loaded.set(lang, model)
  return model
}

export type Opinion = { probability: Record<IntentType, number>; cues: (type: IntentType) => Feature[] }

export function opinion(norm: Normalized, lang: Lang): Opinion {
  const model = loadModel(lang)
  const first = new Map<number, Feature>() // known feature → where it first occurs
  for (const f of features(norm.text, lang)) {
    const i = model.index.get(f.key)
    if (i !== undefined && !first.has(i)) first.set(i, f)
  }
  const scale = 1 / Math.sqrt(Math.max(1, first.size))
  const z = [...model.bias]
  for (const i of first.keys()) for (let k = 0; k < 3; k++) z[k]! += model.weights[3 * i + k]! * scale
  const probability = Object.fromEntries(INTENT_ORDER.map((type, k) => [type, 1 / (1 + Math.exp(-z[k]!))])) as Record<IntentType, number>
  // The strongest readable n-grams for an intent, computed only when an intent is added.
  const cues = (type: IntentType) => {
    const k = INTENT_ORDER.indexOf(type)
    return [...first].filter(([i, f]) => model.weights[3 * i + k]! > 0 && readable(f.key, lang))
      .sort((a, b) => model.weights[3 * b[0] + k]! - model.weights[3 * a[0] + k]!).slice(0, 3).map(([, f]) => f)
  }
  return { probability, cues }
}

export function withSecondOpinion(rules: Detection, norm: Normalized, lang: Lang): Detection {
  const { keep, add } = MODEL[lang]
  const { probability, cues } = opinion(norm, lang)
  const negated = new Set(rules.negated.map((i) => i.type))
  const intents: Intent[] = rules.intents.filter((i) => probability[i.type] >= keep)
  for (const type of INTENT_ORDER) {
    if (probability[type] < add || negated.has(type) || rules.intents.some((i) => i.type === type)) continue
    intents.push({ type, confidence: round(probability[type]), evidence: evidence(norm, cues(type)) })
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

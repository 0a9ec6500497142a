import type { Evidence, Intent, IntentType, Lang } from '../schemas/analyze'
import type { Detection } from './detect'
import { features, quotedMask, unreadMask, type Feature } from './features'
import { INTENT_ORDER, OUTPUTS, type ModelSource, type ModelWeights, type Output } from './model'
import { MODEL } from './model.gen'
import { originalSpan, type Normalized } from './normalize'
import { sortedIndexOf } from './sorted-index'
import type { Token } from './token'

// A learned second opinion on the rules (dictionaries/model.yaml): it drops rule requests it finds very unlikely,
// adds intents the rules missed when it is confident, turns a "not wanted" of the rules into a request only when it
// is nearly sure, and withdraws a cancel when the buyer likely wants the order to go ahead (a wrong cancel is the
// costliest mistake).
type Loaded = { bias: ModelWeights['bias']; keys: readonly string[]; weights: Float32Array }
const loaded = new Map<Lang, Loaded>()

// Decoded on first use, once per isolate: module start-up stays cheap.
export function loadModel(lang: Lang): Loaded {
  const done = loaded.get(lang)
  if (done) return done
  const model = decode(MODEL[lang])
  loaded.set(lang, model)
  return model
}

function decode(src: ModelSource): Loaded {
  const keys = JSON.parse(src.keys) as string[]
  const binary = atob(src.weights)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) // a plain loop: Uint8Array.from(…, fn) is 20× slower
  const q = new Int8Array(bytes.buffer)
  const n = OUTPUTS.length
  const weights = new Float32Array(q.length)
  const unit = 1 / 127
  for (let i = 0; i < q.length; i++) { const v = q[i]! * unit; weights[i] = Math.sign(v) * v * v * src.scale[i % n]! }
  return { bias: src.bias, keys, weights }
}

export type Opinion = { probability: Record<Output, number>; cues: (type: IntentType) => Feature[] }

export function opinion(norm: Normalized, lang: Lang, tokens: readonly Token[] | null): Opinion {
  const model = loadModel(lang)
  const first = new Map<number, Feature>() // known feature → where it first occurs
  const own = new Set<number>() // known features on the buyer's own (unquoted) lines
  const quoted = quotedMask(norm.text, lang)
  for (const f of features(norm.text, lang, tokens)) {
    // The keys are sorted at build time: a binary search costs microseconds per message, where building a Map of
    // ~45,000 keys would add tens of milliseconds to the first request.
    const i = sortedIndexOf(model.keys, f.key)
    if (i < 0) continue
    if (!first.has(i)) first.set(i, f)
    if (!quoted?.[Math.max(0, f.start)]) own.add(i)
  }
  const n = OUTPUTS.length
  const z = [...model.bias]
  // The intents read every n-gram; keep-the-order reads only the buyer's own lines (as it was trained).
  const add = (ids: Iterable<number>, size: number, outputs: number[]) => {
    const scale = 1 / Math.sqrt(Math.max(1, size))
    for (const i of ids) for (const k of outputs) z[k]! += model.weights[n * i + k]! * scale
  }
  const KEEP = OUTPUTS.indexOf('keep')
  add(first.keys(), first.size, OUTPUTS.map((_, k) => k).filter((k) => k !== KEEP))
  add(own, own.size, [KEEP])
  const probability = Object.fromEntries(OUTPUTS.map((out, k) => [out, 1 / (1 + Math.exp(-z[k]!))])) as Record<Output, number>
  // The strongest readable n-grams for an intent, computed only when an intent is added.
  const cues = (type: IntentType) => {
    const k = OUTPUTS.indexOf(type)
    return [...first].filter(([i, f]) => model.weights[n * i + k]! > 0 && readable(f.key, lang))
      .sort((a, b) => model.weights[n * b[0] + k]! - model.weights[n * a[0] + k]!).slice(0, 3).map(([, f]) => f)
  }
  return { probability, cues }
}

export function withSecondOpinion(rules: Detection, norm: Normalized, lang: Lang, tokens: readonly Token[] | null): Detection {
  const { keep, add, veto, certain, outweigh, overrule } = MODEL[lang]
  const { probability, cues } = opinion(norm, lang, tokens)
  // A one-word 「キャンセル」 / "cancel" has too few n-grams for the keep output to read: where the model is itself
  // certain of the cancel, it does not withdraw it; nor when its cancel output clearly outweighs its keep output
  // (「…キャンセルで、…はキャンセルしないで」 reads as both).
  const vetoed = (type: IntentType) =>
    type === 'cancel' && probability.keep >= veto && probability.cancel < certain && probability.keep >= outweigh * probability.cancel
  // 「返金はいらないので、代わりの苗を」 reads as a declined return but asks for a replacement: the model, nearly sure,
  // makes it a request. Never a cancel: the rules' "please don't cancel" is final.
  const overruled = rules.negated.filter((i) => i.type !== 'cancel' && probability[i.type] >= overrule[i.type])
  const mentioned = rules.negated.filter((i) => !overruled.includes(i))
  const negated = new Set(mentioned.map((i) => i.type))
  // A request the rules read only on lines the model never sees ("> Shall we email you a return label?" / "ok go
  // ahead") gets no opinion from it, so the model cannot drop it.
  const unseen = unseenBy(norm, lang)
  const kept = rules.intents.filter((i) => probability[i.type] >= keep[i.type] || unseen(i))
  // "Please don't cancel / ship it after all": the cancel the rules read becomes a mention, not a request.
  const withdrawn = vetoed('cancel') ? kept.filter((i) => i.type === 'cancel' && !negated.has('cancel')) : []
  // An overruled intent shows the n-grams that made the model sure, not the rules' "not wanted" words (返金はいら).
  const intents: Intent[] = [...kept.filter((i) => !withdrawn.includes(i)), ...overruled.map((i) => {
    const found = evidence(norm, cues(i.type))
    return { ...i, confidence: round(probability[i.type]), evidence: found.length > 0 ? found : i.evidence }
  })]
  // A reply to a quoted offer ("> Shall we send a return label?" / "yes please") gives the model nothing to read but the
  // yes: it adds nothing beside what the rules took from the offer.
  const replyToQuote = rules.intents.some(unseen)
  for (const type of INTENT_ORDER) {
    if (replyToQuote || rules.bare || probability[type] < add[type] || negated.has(type) || vetoed(type) || rules.dismissed?.includes(type)) continue
    if ([...rules.intents, ...intents].some((i) => i.type === type)) continue
    intents.push({ type, confidence: round(probability[type]), evidence: evidence(norm, cues(type)) })
  }
  return { intents: intents.sort((a, b) => b.confidence - a.confidence), negated: [...mentioned, ...withdrawn] }
}

function unseenBy(norm: Normalized, lang: Lang): (i: Intent) => boolean {
  const unread = unreadMask(norm.text, lang)
  if (!unread) return () => false
  const original = new Uint8Array(norm.original.length + 1)
  for (let k = 0; k < norm.text.length; k++) if (unread[k]) original.fill(1, norm.from[k]!, norm.to[k]!)
  return (i) => i.evidence.length > 0 && i.evidence.every((e) => original.subarray(e.start, e.end).every((c) => c === 1))
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

// Evidence a person can read: English words or word pairs; Japanese runs of letters with a kanji or katakana in them, or
// three kana (届いた, 枯れ — not the inflection piece れて, 4-gram pieces or digits).
const readable = (key: string, lang: Lang) =>
  lang === 'ja'
    ? key.length >= 2 && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(key) && (key.length >= 3 || /[\p{sc=Han}\p{sc=Katakana}]/u.test(key))
    : /^[a-z][a-z' ]{2,}$/.test(key)

const round = (x: number) => Math.round(x * 100) / 100

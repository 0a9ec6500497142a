import type { AnalyzeResponse, Evidence, Intent, IntentType, Lang } from '../schemas/analyze'
import { enTokens } from './en-tokens'
import { lexicon, type CompiledCue, type CompiledTrigger, type LexiconIndex } from './lexicon'
import { fromKuromoji, type MatchToken } from './match-token'
import { normalize, originalSpan, type Normalized } from './normalize'
import { matchAt, tokenFits } from './pattern'
import { quotedSpans } from './quoted'
import { pickedOption } from './option-pick'
import { acceptsQuotedOffer, isBareYes } from './short-reply'
import type { Token } from './token'

// Detection = one generic matcher over tokens, driven by the data in dictionaries/ (see dictionaries/README.md).
type Span = { start: number; end: number } // token indices, end exclusive
type TriggerHit = Span & { rule: CompiledTrigger; clause: number }
type CueHit = Span & { rule: CompiledCue; clause: number }

export type Occurrence = {
  trigger: TriggerHit
  cue?: CueHit
  status: 'request' | 'negated' | 'dismissed'
  strong: boolean // an explicit "not" (しないで, do NOT): outweighs a weaker request for the same intent
  confidence: number
  conditional?: boolean // a take-back said in a conditional clause ("if it has, never mind"): not a retraction
  quoted?: boolean // on a quoted line ("> …"): context, not the buyer's words
  secondChoice?: boolean // offered as the fallback (直せないならキャンセル): other intents' mentions do not yield to it
}
// `dismissed`: intents whose every mention a `final` dismiss cue set aside (まだ買ってないんですけど): the second opinion
// may not add them back. `bare`: the whole message is a bare yes or thanks with nothing quoted (src/nlp/short-reply.ts):
// the second opinion adds nothing to it either.
export type Detection = Omit<AnalyzeResponse, 'language'> & { dismissed?: IntentType[]; bare?: true }

const NEGATING: ReadonlySet<string> = new Set(['negate', 'retract', 'past', 'passive'])

// Normalise with the language's spelling table; Japanese is tokenised on this text, not the original.
export function prepare(text: string, lang: Lang): Normalized {
  return normalize(text, lexicon(lang).spellings)
}

export function detect(norm: Normalized, lang: Lang, jaTokens: Token[] | null): Detection {
  const found = occurrences(norm, lang, jaTokens)
  const detection = summarise(norm, found)
  return found.bare ? { ...detection, bare: true } : detection
}

export function occurrences(norm: Normalized, lang: Lang, jaTokens: Token[] | null): { tokens: MatchToken[]; found: Occurrence[]; bare: boolean } {
  const lex = lexicon(lang)
  const tokens = jaTokens ? fromKuromoji(jaTokens, norm.text) : enTokens(norm.text, lex.forms)
  const clauseOf = clauses(tokens, lex)
  const wideTriggers = findHits(lex.triggers.filter((t) => t.reach === 'message'), tokens, tokens.map(() => 0))
    .map((h) => ({ ...h, clause: clauseOf[h.rule.decided_in === 'end' ? h.end - 1 : h.start]! }))
  const triggers = acceptTriggers([...findHits(lex.triggers.filter((t) => t.reach !== 'message'), tokens, clauseOf), ...wideTriggers])
  const spans = quotedSpans(norm.text, lex.quoteMarks, lex.quotedBelow)
  const quoted = tokens.map((t) => spans.some(([s, e]) => t.start >= s && t.start < e)) // on a quoted line ("> …")?
  const live = triggers.map(asMention).filter((t) => t.rule.status !== 'ignore').sort((a, b) => a.start - b.start)
  const stops = nextMentionStart(live, tokens.length)
  const cues = acceptCues(findHits(lex.cues.filter((c) => c.reach === 'clause'), tokens, clauseOf, stops), tokens.length)
  const wideHits = findHits(lex.cues.filter((c) => c.reach === 'message'), tokens, tokens.map(() => 0), stops)
  // A longer neutral cue claims the words of a message-wide one inside it (注文する前 in 注文する前に確認すればよかった).
  const claimed = (h: CueHit) => h.rule.effect !== 'neutral' && wideHits.some((n) => n.rule.effect === 'neutral' &&
    n.rule.where === h.rule.where && n.start <= h.start && n.end >= h.end && n.end - n.start > h.end - h.start)
  const wide = wideHits.filter((h) => !claimed(h))
  const allCues = [...cues, ...wide]
  const chains = coordination(live, tokens, lex)
  const iffy = conditionalClauses(tokens, clauseOf, lex)
  const inConditional = (i: number) => iffy.has(clauseOf[i]!)
  const found = live.map((t, n) => decide(t, allCues, chains[n]!, live, inConditional))
  // "> Shall we cancel it?" / "yes please": the one intent the quoted line offers is what the buyer asks for.
  // "> ① wait ② cancel" / 「②で」: the picked line's offer is (and a yes then says nothing of the other lines).
  const ownWords = found.some((o) => !quoted[o.trigger.start]) // "Please cancel it, sorry." asks on its own
  const picked = ownWords ? null : pickedOption(norm.text, spans, lex.optionWords)
  const onPicked = (o: Occurrence) => picked !== null && tokens[o.trigger.start]!.start >= picked[0] && tokens[o.trigger.start]!.start < picked[1]
  const offered = new Set(found.filter((o) => quoted[o.trigger.start] && o.status === 'request').map((o) => o.trigger.rule.intent))
  const accepted = offered.size === 1 && !ownWords && !picked && acceptsQuotedOffer(tokens, quoted, lex)
  const asked = (o: Occurrence) => o.status === 'request' && (accepted || onPicked(o))
  // "> …we will be cancelling your order" / "I'd rather you didn't.": a bare refusal refuses what the quote proposes.
  const refusal = (o: Occurrence) => !quoted[o.trigger.start] && o.trigger.rule.tags.includes('echo') && offered.has(o.trigger.rule.intent)
  const bare = found.length === 0 && isBareYes(tokens, quoted, lex)
  return { tokens, bare, found: found.map((o) => (refusal(o) ? { ...o, status: 'negated', strong: true } : quoted[o.trigger.start] && !asked(o) ? asQuoted(o) : o)) }
}

// An exclusion tagged `report` (無理ならそのまま送って: the fallback of another wish) still says the order goes ahead:
// a weak "not" that outweighs no request but keeps the intent from being added.
function asMention(t: TriggerHit): TriggerHit {
  if (t.rule.status !== 'ignore' || !t.rule.tags.includes('report')) return t
  return { ...t, rule: { ...t.rule, status: 'negated', ignore_cues: [...t.rule.ignore_cues, 'retract'] } } // never a take-back
}

// A mention on a quoted line reports what the seller or an earlier message said: never a request, never a take-back.
function asQuoted(o: Occurrence): Occurrence {
  return o.status === 'dismissed' ? o : { ...o, status: 'negated', strong: false, quoted: true }
}

// Clauses opened by a conditional word (if, otherwise): "…cancel one; if it has, never mind" offers an alternative.
function conditionalClauses(tokens: MatchToken[], clauseOf: number[], lex: LexiconIndex): Set<number> {
  const out = new Set<number>()
  if (lex.conditionals.length === 0) return out
  const isConditional = (t: MatchToken) => lex.conditionals.some((c) => tokenFits(c, t))
  let previous = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // A boundary word closes the clause before it ("…if possible, otherwise never mind"): it opens the next one.
    if (i + 1 < tokens.length && clauseOf[i + 1] !== clauseOf[i] && isConditional(t)) out.add(clauseOf[i + 1]!)
    if (clauseOf[i] === previous || t.pos === 'punct' || t.pos === 'break' || t.pos === 'stop') continue
    previous = clauseOf[i]!
    if (isConditional(t)) out.add(previous)
  }
  return out
}

// Mentions joined only by a coordinator (も / や / or) share their cues: キャンセルも返品もしません negates both.
type Chain = { first: number; last: number }
function coordination(live: TriggerHit[], tokens: MatchToken[], lex: LexiconIndex): Chain[] {
  const joined = live.map((t, n) => {
    const next = live[n + 1]
    if (!next || next.start < t.end || next.start - t.end > 2 || next.clause !== t.clause) return false
    return tokens.slice(t.end, next.start).every((tok) => lex.coordinators.some((c) => tokenFits(c, tok)))
  })
  const chains: Chain[] = []
  for (let n = 0; n < live.length; n++) {
    const first = n > 0 && joined[n - 1] ? chains[n - 1]!.first : n
    let last = n
    while (joined[last]) last++
    chains.push({ first, last })
  }
  return chains
}

// Clause number per token: a boundary token belongs to the clause it closes.
function clauses(tokens: MatchToken[], lex: LexiconIndex): number[] {
  let clause = 0
  return tokens.map((t) => (lex.boundaries.some((b) => tokenFits(b, t)) ? clause++ : clause))
}

// Rules are looked up by the base forms their first token allows, so a long message costs little per token.
function firstTokenIndex<R extends { pattern: CompiledTrigger['pattern'] }>(rules: R[]) {
  const byBase = new Map<string, R[]>()
  const always: R[] = []
  for (const rule of rules) {
    const first = rule.pattern[0]!
    const bases = 'base' in first ? first.base : undefined
    if (!bases) { always.push(rule); continue }
    for (const b of bases) byBase.set(b, [...(byBase.get(b) ?? []), rule])
  }
  return (t: MatchToken) => [...(byBase.get(t.base) ?? []), ...always]
}

// For each token, where the next mention starts: a cue read before a mention ends there (do NOT | send a replacement).
function nextMentionStart(live: TriggerHit[], size: number): number[] {
  const stops = new Array<number>(size).fill(size)
  for (const t of live) for (let i = t.start - 1; i >= 0 && stops[i]! > t.start; i--) stops[i] = t.start
  return stops
}

function findHits<R extends { pattern: CompiledTrigger['pattern']; where?: string }>(rules: R[], tokens: MatchToken[], clauseOf: number[], stops?: number[]) {
  const hits: Array<Span & { rule: R; clause: number }> = []
  const candidates = firstTokenIndex(rules)
  let limit = 0
  for (let i = 0; i < tokens.length; i++) {
    if (limit <= i) { limit = i; while (limit < tokens.length && clauseOf[limit] === clauseOf[i]) limit++ }
    for (const rule of candidates(tokens[i]!)) {
      // A cue read before a mention stops at it: greedy optional tokens must not swallow the mention's first words.
      const stop = stops && rule.where === 'before' ? Math.min(limit, stops[i]!) : limit
      const end = matchAt(rule.pattern, tokens, i, stop)
      if (end > i) hits.push({ start: i, end, rule, clause: clauseOf[i]! })
    }
  }
  return hits
}

const longestFirst = <H extends Span & { rule: { order: number } }>(a: H, b: H) =>
  b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start
const exclusionsFirst = (a: TriggerHit, b: TriggerHit) =>
  Number(b.rule.status === 'ignore') - Number(a.rule.status === 'ignore') || longestFirst(a, b)

// Overlapping mentions of the same intent: exclusions win, then the longest (then the earlier-listed) rule;
// mentions of different intents may overlap.
function acceptTriggers(hits: TriggerHit[]): TriggerHit[] {
  const taken = new Map<IntentType, Span[]>()
  const out: TriggerHit[] = []
  // A mention tagged `context` names the wider context an exclusion inside it lacks ("tell me you haven't shipped them
  // yet" holds the report "haven't shipped"): exclusions wholly inside it give way.
  const inside = (x: TriggerHit) => x.rule.status === 'ignore' && hits.some((h) => h.rule.tags.includes('context') &&
    h.rule.intent === x.rule.intent && h.start <= x.start && x.end <= h.end && h.end - h.start > x.end - x.start)
  for (const h of hits.filter((x) => !inside(x)).sort(exclusionsFirst)) {
    const spans = taken.get(h.rule.intent) ?? []
    // Exclusions never hide each other: "to replace my old kettle that broke" keeps both of its exclusions.
    if (h.rule.status !== 'ignore' && spans.some((s) => s.start < h.end && h.start < s.end)) continue
    spans.push(h)
    taken.set(h.rule.intent, spans)
    out.push(h)
  }
  return out
}

// Overlapping cues: the longest wins. A cue looking back and one looking forward may share a word (please cancel,
// cancel please). Cues may sit on another mention's words (しない in 「…キャンセルにしないで」 under an address
// mention's gap); a cue never reaches past the neighbouring mention, so 発送しないで does not negate what precedes it.
function acceptCues(hits: CueHit[], size: number): CueHit[] {
  const out: CueHit[] = []
  const byWhere = { before: new Uint8Array(size), after: new Uint8Array(size) }
  for (const h of hits.sort(longestFirst)) {
    // A cue for some intents only (住所に不備はありません) must not hide a general one from the others; a neutral cue
    // exists to claim its words (止めといてもらえ from neg-refrain), so it claims them whatever it targets.
    if (h.rule.targets && h.rule.effect !== 'neutral') { out.push(h); continue }
    const taken = byWhere[h.rule.where]
    if (taken.subarray(h.start, h.end).some((c) => c === 1)) continue
    taken.fill(1, h.start, h.end)
    out.push(h)
  }
  return out
}

const targets = (cue: CompiledCue, t: CompiledTrigger) =>
  !cue.targets || cue.targets.includes(t.intent) || cue.targets.some((x) => t.tags.includes(x))

// The applicable cue with the highest priority decides, the nearest one on a tie; cues stop at the neighbouring mention.
function decide(t: TriggerHit, cues: CueHit[], chain: Chain, live: TriggerHit[], inConditional: (token: number) => boolean): Occurrence {
  const head = live[chain.first]!
  const tail = live[chain.last]!
  const prev = live[chain.first - 1]
  const next = live[chain.last + 1]
  let best: { cue: CueHit; distance: number } | undefined
  for (const c of cues) {
    const local = c.rule.reach === 'clause'
    if ((local && c.clause !== t.clause) || c.rule.effect === 'neutral' || !targets(c.rule, t.rule)) continue
    if (t.rule.ignore_cues.includes(c.rule.effect)) continue
    // A take-back in another, conditional clause is an alternative ("if it has, never mind"), not a retraction.
    if (c.rule.effect === 'retract' && inConditional(c.start) && !(local && c.clause === t.clause)) continue
    let distance: number
    const [from, to] = local ? [head, tail] : [t, t] // message-wide cues read the mention itself, not its chain
    if (c.rule.where === 'after') {
      if (c.start < to.end || (local && next && next.start < c.start && next.start >= to.end)) continue
      distance = c.start - to.end
    } else {
      if (c.end > from.start || (local && prev && prev.end > c.end && prev.end <= from.start)) continue
      distance = from.start - c.end
    }
    if (distance > c.rule.window) continue
    if (!best || c.rule.priority > best.cue.rule.priority || (c.rule.priority === best.cue.rule.priority && distance < best.distance)) {
      best = { cue: c, distance }
    }
  }
  const cue = best?.cue
  if (cue?.rule.effect === 'dismiss') return { trigger: t, cue, status: 'dismissed', strong: false, confidence: 0 }
  if (t.rule.status === 'negated' || (cue && NEGATING.has(cue.rule.effect))) {
    // "If it has shipped, I'll keep it": a take-back offered as the alternative neither retracts nor outweighs.
    const conditional = t.rule.status === 'negated' && t.rule.tags.includes('retract') && inConditional(t.start)
    const strong = t.rule.status === 'negated'
      ? !t.rule.tags.includes('report') && !conditional
      : cue!.rule.effect !== 'past' && cue!.rule.effect !== 'passive' && cue!.rule.priority >= 3
    return { trigger: t, cue, status: 'negated', strong, confidence: t.rule.weight, ...(conditional ? { conditional } : {}) }
  }
  const confidence = cue?.rule.effect === 'request' ? Math.min(0.97, Math.max(t.rule.weight + 0.08, 0.9)) : t.rule.weight
  const secondChoice = cues.some((c) => c.rule.fallback && c.clause === t.clause && targets(c.rule, t.rule) && c.end <= head.start &&
    head.start - c.end <= c.rule.window)
  return { trigger: t, cue, status: 'request', strong: false, confidence, ...(secondChoice ? { secondChoice } : {}) }
}

// A mention yields to another intent the message requests or mentions (住所を間違えたのでキャンセル → cancel only).
function applyYields(found: Occurrence[]): Occurrence[] {
  const live = found.filter((o) => o.status !== 'dismissed')
  // A second choice (直せないならキャンセル) leaves the first one standing.
  const requested = new Set(live.filter((o) => o.status === 'request' && !o.secondChoice).map((o) => o.trigger.rule.intent))
  // Quoted words are not the buyer's, and 住所はそのままで says the address is not what changes.
  const mentioned = new Set(live.filter((o) => !o.quoted && !o.trigger.rule.tags.includes('stays')).map((o) => o.trigger.rule.intent))
  // A request that would itself yield to this mention's intent cannot take the mention's place (no mutual drop).
  const requestedHere = (o: Occurrence, intent: IntentType) => live.some((p) => p.status === 'request' && p.trigger.clause === o.trigger.clause &&
    p.trigger.rule.intent === intent && !p.trigger.rule.yields_to_requested.includes(o.trigger.rule.intent))
  return live.filter((o) =>
    !o.trigger.rule.yields_to_requested.some((x) => requested.has(x)) && !o.trigger.rule.yields_to_mentioned.some((x) => mentioned.has(x)) &&
    !o.trigger.rule.yields_in_clause.some((x) => requestedHere(o, x)))
}

const isRetraction = (o: Occurrence) =>
  o.status === 'negated' && !o.conditional && !o.quoted && (o.trigger.rule.tags.includes('retract') || o.cue?.rule.effect === 'retract')

// A refund and a replacement / return are kinds of the same intent: a "not" for one leaves the other standing.
const kind = (o: Occurrence) => o.trigger.rule.tags.includes('refund')
const isReport = (o: Occurrence) => o.trigger.rule.tags.includes('defect')

// Per intent: requested if a mention is a request, no retraction follows it and no explicit "not" of its kind is as strong.
function summarise(norm: Normalized, { tokens, found }: { tokens: MatchToken[]; found: Occurrence[] }): Detection {
  const intents: Intent[] = []
  const negated: Intent[] = []
  const byIntent = new Map<IntentType, Occurrence[]>()
  for (const o of applyYields(found)) {
    const list = byIntent.get(o.trigger.rule.intent) ?? []
    list.push(o)
    byIntent.set(o.trigger.rule.intent, list)
  }
  for (const [type, list] of byIntent) {
    const requests = list.filter((o) => o.status === 'request')
    const lastRequest = Math.max(-1, ...requests.map((o) => o.trigger.start))
    const retracted = list.some((o) => isRetraction(o) && o.trigger.start > lastRequest)
    // An explicit "not" outweighs requests of its own kind only: "no replacement, just a refund" still asks for a refund.
    // A bare defect report (the box was crushed) asks for nothing itself, so any explicit "not" outweighs it.
    // A take-back reaches back only: "cancel the blender — wait, no, cancel the toaster" asks again, and so does
    // 「キャンセルと送りましたが、やっぱり住所変更で…無理ならキャンセルで」. A standing "keep my order" still outweighs later ones.
    const takenBack = (o: Occurrence, r: Occurrence) => o.cue?.rule.effect === 'retract' &&
      (o.cue.start < r.trigger.start || (o.trigger.rule.status !== 'negated' && o.trigger.start < r.trigger.start))
    const strongNot = (r: Occurrence) => Math.max(0, ...list.filter((o) => o.strong && (kind(o) === kind(r) || isReport(r)) && !takenBack(o, r))
      .map((o) => o.confidence))
    // A change of colour or size (色を変えたい) asks for a cancel only implicitly: an explicit "not" of the word itself outweighs it.
    const implicitNot = (r: Occurrence) => r.trigger.rule.tags.includes('variant') &&
      list.some((o) => o.strong && !o.quoted && !o.trigger.rule.tags.includes('implicit') && kind(o) === kind(r) && !takenBack(o, r))
    const standing = requests.filter((r) => r.confidence > strongNot(r) && !implicitNot(r))
    const top = Math.max(0, ...standing.map((o) => o.confidence))
    if (standing.length > 0 && !retracted) {
      intents.push({ type, confidence: round(Math.min(0.99, top + 0.02 * (standing.length - 1))), evidence: evidence(norm, tokens, standing) })
    } else {
      const nots = list.filter((o) => o.status === 'negated')
      negated.push({ type, confidence: round(Math.max(...nots.map((o) => o.confidence))), evidence: evidence(norm, tokens, nots) })
    }
  }
  const byConfidence = (a: Intent, b: Intent) => b.confidence - a.confidence
  const dismissed = [...new Set(found.filter((o) => o.status === 'dismissed' && !o.quoted && o.cue?.rule.final).map((o) => o.trigger.rule.intent))].filter((t) => !byIntent.has(t))
  return { intents: intents.sort(byConfidence), negated: negated.sort(byConfidence), ...(dismissed.length > 0 ? { dismissed } : {}) }
}

// Evidence covers the mention and the cue that decided it (キャンセルしないで), in original-text offsets.
function evidence(norm: Normalized, tokens: MatchToken[], list: Occurrence[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const o of list) {
    const from = Math.min(o.trigger.start, o.cue?.start ?? Infinity)
    const to = Math.max(o.trigger.end, o.cue?.end ?? -Infinity)
    const span = originalSpan(norm, tokens[from]!.start, tokens[to - 1]!.end)
    const key = `${span.start}:${span.end}`
    if (!seen.has(key)) { seen.add(key); out.push(span) }
  }
  return out.sort((a, b) => a.start - b.start)
}

const round = (x: number) => Math.round(x * 100) / 100

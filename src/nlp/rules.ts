import { z } from 'zod'
import { IntentType } from '../schemas/analyze'

// The shape of everything in dictionaries/: validated at build time (scripts/build-dictionaries.ts), typed at run time.
const OneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

// One token of a pattern: every given field must hold (a list means "any of"); `not_base` excludes base forms.
export const TokenSpec = z.strictObject({
  surface: OneOrMany.optional(),
  base: OneOrMany.optional(),
  not_base: OneOrMany.optional(),
  pos: OneOrMany.optional(),
  pos1: OneOrMany.optional(),
  has_char: z.string().min(1).optional(),
  fewer: z.literal(true).optional(), // a number smaller than the one just before it (from 5 to 3)
  more: z.literal(true).optional(), // a number larger than the one just before it (1個から2個に)
  fewer_than_start: z.literal(true).optional(), // a number smaller than the one the match starts with (10個注文…6個に)
  optional: z.boolean().optional(),
})
// Skip up to `gap` tokens of any kind (bounded, so matching stays linear in the text).
export const Gap = z.strictObject({ gap: z.number().int().min(1).max(24) })
export const PatternElement = z.union([Gap, TokenSpec])
export const Pattern = z.array(PatternElement).min(1)

const Examples = { match: z.array(z.string().min(1)).default([]), no_match: z.array(z.string().min(1)).default([]) }

export const CueEffect = z.enum(['negate', 'retract', 'past', 'passive', 'request', 'neutral', 'dismiss'])
export type CueEffect = z.infer<typeof CueEffect>

// A trigger: tokens that mention an intent. status `negated` = a mention that itself says "not" (キャンセルを取り消す);
// `ignore` = words that look like a trigger but are not one (キャンセル待ち, 領収書の宛名).
export const Trigger = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  intent: IntentType,
  status: z.enum(['request', 'negated', 'ignore']).default('request'),
  weight: z.number().min(0).max(1).default(0.8),
  tags: z.array(z.string()).default([]),
  ignore_cues: z.array(CueEffect).default([]),
  // This mention is dropped when the message also requests / mentions one of these intents (住所を間違えたのでキャンセル).
  yields_to_requested: z.array(IntentType).default([]),
  yields_to_mentioned: z.array(IntentType).default([]),
  // … or requests it in the same clause: the mention is the reason given for that request (wrong address, so cancel).
  yields_in_clause: z.array(IntentType).default([]),
  // `message`: the pattern may run on past clause ends (the zip is 30317, but it should be 30316); the mention
  // still belongs to the clause it starts in. Gaps keep it short.
  reach: z.enum(['clause', 'message']).default('clause'),
  // With `reach: message`, `end`: the mention belongs to the clause it ends in, whose cues decide it
  // (Lを頼んだのに | Sが入っていた; …のに | 届いていません is then no wrong-item report).
  decided_in: z.enum(['start', 'end']).default('start'),
  why: z.string().optional(),
  pattern: Pattern,
  ...Examples,
})

// A cue: words around a trigger in the same clause that decide whether the mention is a request.
// The applicable cue with the highest priority decides (nearest wins a tie); `neutral` cues only claim their tokens.
export const Cue = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  effect: CueEffect,
  where: z.enum(['after', 'before']),
  window: z.number().int().min(0).max(60).default(6),
  priority: z.number().int().min(0).max(9).default(1),
  targets: z.array(z.string()).optional(),
  // `message`: the cue may sit in another clause (キャンセルした注文の…返金).
  reach: z.enum(['clause', 'message']).default('clause'),
  // A dismiss cue that is sure the intent cannot apply (まだ買ってない: nothing has been ordered): the second opinion may
  // not add the intent back either.
  final: z.boolean().default(false),
  // A neutral cue that marks a second choice (直せないならキャンセル): other intents' mentions do not yield to that request.
  fallback: z.boolean().default(false),
  why: z.string().optional(),
  pattern: Pattern,
  ...Examples,
})

export const Spelling = z.strictObject({
  canonical: z.string().min(1),
  variants: z.array(z.string().min(1)).min(1),
})

// English inflections: `cancelled` is read as the word `cancel` followed by a `-ed` marker token.
export const WordForms = z.strictObject({
  base: z.string().min(1),
  regular: z.boolean().default(true),
  ed: z.array(z.string()).default([]),
  ing: z.array(z.string()).default([]),
  s: z.array(z.string()).default([]),
})

export const DictionaryFile = z.strictObject({
  triggers: z.array(Trigger).default([]),
  cues: z.array(Cue).default([]),
  spellings: z.array(Spelling).default([]),
  forms: z.array(WordForms).default([]),
  // Tokens that end a clause (a cue never reaches across one): 。 ! ? line breaks, が / but …
  boundaries: z.array(TokenSpec).default([]),
  // Words that join two mentions so one cue covers both (キャンセルも返品もしません, cancel or return).
  coordinators: z.array(TokenSpec).default([]),
  // Words that open a conditional clause (if, otherwise): a take-back inside one is an alternative, not a retraction
  // ("cancel it if it hasn't shipped; if it has, never mind").
  conditionals: z.array(TokenSpec).default([]),
  // Marks that open a quoted line ("> 2026/11/20 10:15 …"): the seller's or an earlier message, so a mention there
  // is not the buyer's request (its words still give context to cues that reach across the message).
  quote_marks: z.array(z.string().min(1)).default([]),
  // Separator lines ("-----Original Message-----") below which the whole rest of the message is an earlier one:
  // a line counts when its words, without dashes and punctuation, are exactly one of these.
  quoted_below: z.array(z.string().min(1)).default([]),
  // A buyer's whole own text that is a short yes ("yes please", 「はい、お願いします」) under a quoted line: it accepts what
  // the quoted line offers ("> Shall we cancel the order?"), when that line offers one intent only.
  short_reply: z.strictObject({
    max_words: z.number().int().min(1).max(20),
    yes: z.array(TokenSpec).min(1),
    no: z.array(TokenSpec).default([]),
    // "thanks" closes a confirmation ("yes that's right, thanks") unless a `go` word asks for the action ("yes please go
    // ahead, thanks").
    acknowledge: z.array(TokenSpec).default([]),
    go: z.array(TokenSpec).default([]),
  }).optional(),
  // Words that pick one of a quoted numbered list ("> ① wait ② cancel" / "the second one", 「後者で」): by position,
  // from the first; `last` picks the final option. Digits and circled numbers need no entry.
  option_words: z.strictObject({
    first: z.array(z.string().min(1)).default([]),
    second: z.array(z.string().min(1)).default([]),
    third: z.array(z.string().min(1)).default([]),
    last: z.array(z.string().min(1)).default([]),
  }).optional(),
})

export type TokenSpec = z.infer<typeof TokenSpec>
export type PatternElement = z.infer<typeof PatternElement>
export type Trigger = z.infer<typeof Trigger>
export type Cue = z.infer<typeof Cue>

// What the build step emits per language (src/nlp/lexicon.gen.ts).
export type Lexicon = {
  triggers: Trigger[]
  cues: Cue[]
  spellings: Array<[variant: string, canonical: string]>
  forms: Array<[form: string, base: string, marker: string]>
  boundaries: TokenSpec[]
  coordinators: TokenSpec[]
  conditionals: TokenSpec[]
  quote_marks: string[]
  quoted_below: string[]
  short_reply?: { max_words: number; yes: TokenSpec[]; no: TokenSpec[]; acknowledge: TokenSpec[]; go: TokenSpec[] }
  option_words?: OptionWords
}

export type OptionWords = { first: string[]; second: string[]; third: string[]; last: string[] }

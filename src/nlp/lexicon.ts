import type { IntentType, Lang } from '../schemas/analyze'
import { LEXICON } from './lexicon.gen'
import type { FormTable } from './en-tokens'
import type { Spellings } from './normalize'
import type { PatternEl, SpecEl } from './pattern'
import type { CueEffect, OptionWords } from './rules'

// dictionaries/ as the detector reads it: compiled by scripts/build-dictionaries.ts, indexed on first use.
export type CompiledTrigger = {
  id: string
  intent: IntentType
  status: 'request' | 'negated' | 'ignore'
  weight: number
  tags: string[]
  ignore_cues: CueEffect[]
  yields_to_requested: IntentType[]
  yields_to_mentioned: IntentType[]
  yields_in_clause: IntentType[]
  reach?: 'message' // the pattern may cross clause ends (absent: within its clause)
  decided_in?: 'end' // with reach: the clause it ends in decides it (absent: the one it starts in)
  pattern: PatternEl[]
  order: number
  match: string[] // examples, run by test/dictionaries.test.ts
  no_match: string[]
}
export type CompiledCue = {
  id: string
  effect: CueEffect
  where: 'after' | 'before'
  window: number
  priority: number
  targets?: string[]
  reach: 'clause' | 'message'
  final?: true
  fallback?: true
  pattern: PatternEl[]
  order: number
  match: string[]
  no_match: string[]
}
export type CompiledLexicon = {
  triggers: CompiledTrigger[]
  cues: CompiledCue[]
  spellings: Array<[string, string]>
  forms: Array<[string, string, string]>
  boundaries: SpecEl[]
  coordinators: SpecEl[]
  conditionals: SpecEl[]
  quote_marks: string[]
  quoted_below: string[]
  short_reply?: ShortReply
  option_words?: OptionWords
}

export type ShortReply = { max_words: number; yes: SpecEl[]; no: SpecEl[]; acknowledge: SpecEl[]; go: SpecEl[] }

export type LexiconIndex = {
  triggers: CompiledTrigger[]
  cues: CompiledCue[]
  spellings: Spellings
  forms: FormTable
  boundaries: SpecEl[]
  coordinators: SpecEl[]
  conditionals: SpecEl[]
  quoteMarks: string[]
  quotedBelow: string[]
  shortReply?: ShortReply
  optionWords?: OptionWords
}

const cache = new Map<Lang, LexiconIndex>()

// Built on first use, not at module start (Workers limit start-up work).
export function lexicon(lang: Lang): LexiconIndex {
  let index = cache.get(lang)
  if (!index) {
    const lex = (LEXICON as Record<Lang, CompiledLexicon>)[lang]
    index = {
      triggers: lex.triggers,
      cues: lex.cues,
      spellings: { variants: lex.spellings },
      boundaries: lex.boundaries,
      coordinators: lex.coordinators,
      conditionals: lex.conditionals,
      quoteMarks: lex.quote_marks,
      quotedBelow: lex.quoted_below,
      ...(lex.short_reply ? { shortReply: lex.short_reply } : {}),
      ...(lex.option_words ? { optionWords: lex.option_words } : {}),
      forms: new Map(lex.forms.map(([form, base, marker]) => [form, [base, marker] as const])),
    }
    cache.set(lang, index)
  }
  return index
}

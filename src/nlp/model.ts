import type { IntentType } from '../schemas/analyze'

// The shape of the learned model (scripts/build-model.ts writes it, src/nlp/second-opinion.ts reads it).
export const INTENT_ORDER: readonly IntentType[] = ['cancel', 'address_change', 'return']
// Its outputs: one per intent, then "keep" — the buyer wants the order to go ahead (messages tagged dont-cancel).
export const OUTPUTS = [...INTENT_ORDER, 'keep'] as const
export type Output = (typeof OUTPUTS)[number]
// keys[i] is a feature; weights[4i … 4i+3] its weights for OUTPUTS. Flat arrays parse fast on first use.
export type ModelWeights = { bias: number[]; keys: string[]; weights: number[] }
// Thresholds (dictionaries/model.yaml), and the weights as JSON text.
export type ModelSource = { keep: number; add: number; veto: number; json: string }

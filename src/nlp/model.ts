import type { IntentType } from '../schemas/analyze'

// The shape of the learned model (scripts/build-model.ts writes it, src/nlp/second-opinion.ts reads it).
export const INTENT_ORDER: readonly IntentType[] = ['cancel', 'address_change', 'return']
// keys[i] is a feature; weights[3i … 3i+2] its weights for INTENT_ORDER. Flat arrays parse fast on first use.
export type ModelWeights = { bias: [number, number, number]; keys: string[]; weights: number[] }
export type ModelSource = { keep: number; add: number; json: string } // thresholds, and the weights as JSON text

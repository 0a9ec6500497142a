import type { IntentType } from '../schemas/analyze'

// The shape of the learned model (scripts/build-model.ts writes it, src/nlp/second-opinion.ts reads it).
export const INTENT_ORDER: readonly IntentType[] = ['cancel', 'address_change', 'return']
export type ModelWeights = { bias: [number, number, number]; weights: Record<string, [number, number, number]> }
export type ModelSource = { keep: number; add: number; json: string } // thresholds, and the weights as JSON text

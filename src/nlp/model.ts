import type { IntentType } from '../schemas/analyze'

// The shape of the learned model (scripts/build-model.ts writes it, src/nlp/second-opinion.ts reads it).
export const INTENT_ORDER: readonly IntentType[] = ['cancel', 'address_change', 'return']
// Its outputs: one per intent, then "keep" — the buyer wants the order to go ahead (messages tagged dont-cancel).
export const OUTPUTS = [...INTENT_ORDER, 'keep'] as const
export type Output = (typeof OUTPUTS)[number]
// keys[i] is a feature; weights[4i … 4i+3] its weights for OUTPUTS.
export type ModelWeights = { bias: number[]; keys: string[]; weights: Float32Array }
// As bundled: thresholds (dictionaries/model.yaml); the keys as JSON text; the weights as signed bytes in base64,
// square-root companded per output (|w| = (|q| / 127)² · scale[output]) — decoded in a few milliseconds on first use.
// keep and add are per intent: the cross-validation chose them separately (dictionaries/model.yaml).
export type PerIntent = Record<IntentType, number>
// A cancel the rules read as not wanted is never overruled: "please don't cancel" must stay safe.
export type Overrule = Record<Exclude<IntentType, 'cancel'>, number>
// certain: a cancel the model itself gives at least this is not vetoed (a bare 「キャンセル」 reads as "keep" for want of words);
// outweigh: nor one whose "keep" output is under this multiple of its cancel output (both read the message as a cancel).
export type ModelSource = { keep: PerIntent; add: PerIntent; overrule: Overrule; veto: number; certain: number; outweigh: number; bias: number[]; scale: number[]; keys: string; weights: string }

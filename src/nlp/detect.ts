import type { AnalyzeResponse, Lang } from '../schemas/analyze'
import type { Token } from './token'

// Placeholder until the detection work of issue 2 lands: reports nothing.
export function detect(_text: string, _lang: Lang, _tokens: Token[] | null): Omit<AnalyzeResponse, 'language'> {
  return { intents: [], negated: [] }
}

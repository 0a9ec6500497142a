import type { AnalyzeRequest, AnalyzeResponse } from '../schemas/analyze'
import { detect, prepare } from './detect'
import { detectLanguage } from './language'
import { getTokenizer } from './tokenizer'

// The one entry point every feature (draft, webhooks, page, training) uses to understand a message.
export async function analyze(assets: Fetcher, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const language = req.lang ?? detectLanguage(req.text)
  const norm = prepare(req.text, language)
  const tokens = language === 'ja' ? (await getTokenizer(assets)).tokenize(norm.text) : null
  return { language, ...detect(norm, language, tokens) }
}

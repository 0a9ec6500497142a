import type { AnalyzeRequest, AnalyzeResponse } from '../schemas/analyze'
import { detect, prepare } from './detect'
import { detectLanguage } from './language'
import { withSecondOpinion } from './second-opinion'
import { getTokenizer } from './tokenizer'

// The one entry point every feature (draft, webhooks, page, training) uses to understand a message:
// the rules in dictionaries/ decide, then the learned second opinion (dictionaries/model.yaml) reviews them.
export async function analyze(assets: Fetcher, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const { language, norm, rules } = await byRules(assets, req)
  return { language, ...withSecondOpinion(rules, norm, language) }
}

// The dictionaries alone: what their examples and the rules-only quality gate check.
export async function analyzeByRules(assets: Fetcher, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const { language, rules } = await byRules(assets, req)
  return { language, ...rules }
}

async function byRules(assets: Fetcher, req: AnalyzeRequest) {
  const language = req.lang ?? detectLanguage(req.text)
  const norm = prepare(req.text, language)
  const tokens = language === 'ja' ? (await getTokenizer(assets)).tokenize(norm.text) : null
  return { language, norm, rules: detect(norm, language, tokens) }
}

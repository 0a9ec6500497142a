import type { AnalyzeRequest, AnalyzeResponse, Lang } from '../schemas/analyze'
import { detect, prepare } from './detect'
import { detectLanguage } from './language'
import { loadModel, withSecondOpinion } from './second-opinion'
import { getTokenizer } from './tokenizer'

// The one entry point every feature (draft, webhooks, page, training) uses to understand a message:
// the rules in dictionaries/ decide, then the learned second opinion (dictionaries/model.yaml) reviews them.
export async function analyze(assets: Fetcher, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const language = req.lang ?? detectLanguage(req.text)
  const pending = byRules(assets, req.text, language)
  // The model is parsed (first use only) while the tokenizer's dictionary is still streaming in.
  loadModel(language)
  const { norm, tokens, rules } = await pending
  return { language, ...withSecondOpinion(rules, norm, language, tokens) }
}

// The dictionaries alone: what their examples and the rules-only quality gate check.
export async function analyzeByRules(assets: Fetcher, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const language = req.lang ?? detectLanguage(req.text)
  const { rules: { intents, negated } } = await byRules(assets, req.text, language)
  return { language, intents, negated }
}

async function byRules(assets: Fetcher, text: string, language: Lang) {
  const norm = prepare(text, language)
  const tokens = language === 'ja' ? (await getTokenizer(assets)).tokenize(norm.text) : null
  return { norm, tokens, rules: detect(norm, language, tokens) }
}

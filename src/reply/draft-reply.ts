import { ApiError } from '../errors'
import type { DraftRequest, DraftResponse } from '../schemas/draft'

// The one entry point for drafting (route, webhooks, training all call it). Issue 4 implements it.
export async function draftReply(_assets: Fetcher, _req: DraftRequest, _now: Date = new Date()): Promise<DraftResponse> {
  throw new ApiError(501, 'not_implemented', 'Drafting is not implemented yet.')
}

import { renderNote } from '../reply/render'
import type { DraftResponse } from '../schemas/draft'

// The internal note staff see on the ticket (templates/notes/): the drafted reply to copy, what to do in Seller
// Central, and a reference line the write-back searches for to know whether an earlier attempt already posted it.
export const noteMarker = (deliveryId: string) => `madoguchi-ref: zendesk/${deliveryId}`

export function noteBody(res: DraftResponse, deliveryId: string): string {
  return renderNote(res.reply?.lang ?? res.analysis.language, {
    code: res.action.code,
    summary: res.action.summary,
    affectsRate: res.action.affectsCancellationRate,
    steps: res.action.steps.map((text, i) => ({ n: i + 1, text })),
    deadline: res.deadline,
    warnings: res.warnings,
    reply: res.reply,
    marker: noteMarker(deliveryId),
  })
}

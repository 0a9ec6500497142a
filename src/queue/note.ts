import type { DraftResponse } from '../schemas/draft'

// The internal note staff see on the ticket: the drafted reply to copy, what to do in Seller Central, and a
// reference line the write-back searches for to know whether an earlier attempt already posted this note.
export const noteMarker = (deliveryId: string) => `madoguchi-ref: zendesk/${deliveryId}`

export function noteBody(res: DraftResponse, deliveryId: string): string {
  const lines = ['[madoguchi] Draft reply — not sent to the buyer; review, then send it yourself.', '']
  lines.push(`Action: ${res.action.code} — ${res.action.summary}`)
  if (res.action.affectsCancellationRate) lines.push('Warning: cancelling this order yourself counts against the cancellation rate.')
  res.action.steps.forEach((s, i) => lines.push(`${i + 1}. ${s}`))
  if (res.deadline) lines.push(`Deadline: ${res.deadline.display} (${res.deadline.date})`)
  for (const w of res.warnings) lines.push(`Note: ${w}`)
  lines.push('')
  if (res.reply) {
    lines.push('----', `Subject: ${res.reply.subject}`, '', res.reply.body, '----')
  } else {
    lines.push('No reply drafted: no cancel, address-change or return request was found.')
  }
  lines.push('', noteMarker(deliveryId))
  return lines.join('\n')
}

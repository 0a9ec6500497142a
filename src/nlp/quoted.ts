// Where a message quotes someone else: lines opening with a quote mark ("> …"), and everything under a separator line
// (-----Original Message-----) when the buyer's own text stands above it. Offsets index the normalised text.
export function quotedSpans(text: string, marks: readonly string[], below: readonly string[] = []): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = []
  let at = 0
  for (const line of text.split('\n')) {
    const words = line.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    // A forward with nothing above it carries the buyer's note below the forwarded text: read on.
    if (below.includes(words) && text.slice(0, at).trim() !== '') { spans.push([at, text.length]); break }
    if (marks.some((m) => line.trimStart().startsWith(m))) spans.push([at, at + line.length])
    at += line.length + 1
  }
  return spans
}

import type { OptionWords } from './rules'

// A reply that picks one of a quoted numbered list ("> ① wait for the restock ② cancel" / 「②でお願いします」, "the
// second one"): that line's offer is what the buyer asks for. Returns the picked line's span in the normalised text.
const OPTION_LINE = /^\s*(?:>\s*)+(?:([\u2460-\u2468])|\(?([1-9])\s*[.)．）:：]|option\s*([1-9])|オプション\s*([1-9]))/u
const CIRCLED = /[\u2460-\u2468]/gu
const NUMBERED = /(?:option|no\.|number|#|オプション)\s*([1-9])(?![0-9])|(?<![0-9./:-])([1-9])\s*(?:番|で(?!す)|please|pls)/gu
const ALONE = /^([1-9])[.!。！]?$/u // on a trimmed line

export function pickedOption(text: string, quoted: ReadonlyArray<readonly [number, number]>, words: OptionWords | undefined): [number, number] | null {
  const options = new Map<number, [number, number]>()
  const own: string[] = []
  let at = 0
  for (const line of text.split('\n')) {
    const inQuote = quoted.some(([s, e]) => at >= s && at < e)
    const inline = inQuote ? [...line.matchAll(CIRCLED)] : []
    // "> ① another colour ② cancel the order" on one line: each option runs to the next circled number.
    if (inline.length >= 2) inline.forEach((c, i) => options.set(c[0].codePointAt(0)! - 0x245f, [at + c.index!, at + (inline[i + 1]?.index ?? line.length)]))
    const m = inQuote && inline.length < 2 ? OPTION_LINE.exec(line) : null
    if (m) options.set(m[1] ? m[1].codePointAt(0)! - 0x245f : Number(m[2] ?? m[3] ?? m[4]), [at, at + line.length])
    if (!inQuote) own.push(line)
    at += line.length + 1
  }
  if (options.size < 2) return null
  const picks = new Set<number>()
  for (const line of own) {
    for (const c of line.match(CIRCLED) ?? []) picks.add(c.codePointAt(0)! - 0x245f)
    for (const m of line.matchAll(NUMBERED)) picks.add(Number(m[1] ?? m[2]))
    const alone = ALONE.exec(line.trim())
    if (alone) picks.add(Number(alone[1]))
  }
  const ownText = own.join('\n')
  const last = Math.max(...options.keys())
  const byWord: Array<[number, string[]]> = [[1, words?.first ?? []], [2, words?.second ?? []], [3, words?.third ?? []], [last, words?.last ?? []]]
  for (const [n, list] of byWord) if (list.some((w) => saysWord(ownText, w))) picks.add(n)
  if (picks.size !== 1) return null
  return options.get([...picks][0]!) ?? null
}

// Latin words stand alone ("second", not "seconds"); Japanese ones are found anywhere (後者で).
const saysWord = (text: string, word: string) =>
  /^[a-z0-9]+$/.test(word) ? new RegExp(`(^|[^a-z0-9])${word}($|[^a-z0-9])`).test(text) : text.includes(word)

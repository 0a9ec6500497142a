import type { Token } from './token'

// The token shape the matcher reads, for both languages; offsets index the normalised text.
export type MatchToken = {
  surface: string
  base: string
  pos: string
  pos1: string
  start: number
  end: number
}

// kuromoji's word_position counts code points, not UTF-16 units (an emoji shifts it), so offsets come from
// finding each surface in the text; numbers and unknown words have basic_form '*', so fall back to the surface.
export function fromKuromoji(tokens: Token[], text: string): MatchToken[] {
  let cursor = 0
  return tokens.map((t) => {
    const found = text.indexOf(t.surface_form, cursor)
    const start = found >= 0 ? found : cursor
    cursor = start + t.surface_form.length
    return {
      surface: t.surface_form,
      base: baseOf(t),
      pos: t.pos,
      pos1: t.pos_detail_1,
      start,
      end: start + t.surface_form.length,
    }
  })
}

// The spoken nominaliser ん (出すんですか, するんだ) is の; left as ん it would read as the negative ん (しません).
function baseOf(t: Token): string {
  if (t.surface_form === 'ん' && t.pos === '名詞') return 'の'
  return t.basic_form === '*' ? t.surface_form : t.basic_form
}

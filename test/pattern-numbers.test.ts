import { describe, expect, it } from 'vitest'
import type { MatchToken } from '../src/nlp/match-token'
import { matchAt, type PatternEl } from '../src/nlp/pattern'

// Whitespace-split tokens are enough here: the number tests read only surfaces.
const tokens = (text: string): MatchToken[] =>
  text.split(' ').map((w, i) => ({ surface: w, base: w, pos: /^[0-9]+$/.test(w) ? 'num' : 'word', pos1: '', start: i, end: i + 1 }))
const matches = (pattern: PatternEl[], text: string) => matchAt(pattern, tokens(text), 0, tokens(text).length) >= 0

describe('pattern tokens that compare numbers', () => {
  const fromTo = (flag: 'fewer' | 'more'): PatternEl[] =>
    [{ base: ['from'] }, { pos: ['num'] }, { gap: 3 }, { base: ['to'] }, { pos: ['num'], [flag]: true }]

  it('fewer: the number is smaller than the nearest one before it', () => {
    expect(matches(fromTo('fewer'), 'from 30 to 20')).toBe(true)
    expect(matches(fromTo('fewer'), 'from 2 mesh laundry bags to 1')).toBe(true)
    expect(matches(fromTo('fewer'), 'from 1 to 3')).toBe(false)
    expect(matches(fromTo('fewer'), 'from 3 to 3')).toBe(false)
  })

  it('more: the number is larger than the nearest one before it', () => {
    expect(matches(fromTo('more'), 'from 1 to 2')).toBe(true)
    expect(matches(fromTo('more'), 'from 5 to 3')).toBe(false)
  })

  it('fewer_than_start: compared with the number the match starts with, however far back', () => {
    const p: PatternEl[] = [{ pos: ['num'] }, { gap: 16 }, { pos: ['num'], fewer_than_start: true }, { base: ['に'] }]
    expect(matches(p, '10 個 発注 し て おり まし た が 参加 人数 が 減っ た ため 6 に')).toBe(true)
    expect(matches(p, '2 個 注文 し た が 3 に')).toBe(false)
  })

  it('a word where a number is expected never counts', () => {
    expect(matches(fromTo('fewer'), 'from ten to 3')).toBe(false)
  })
})

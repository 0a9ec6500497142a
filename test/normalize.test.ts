import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enTokens } from '../src/nlp/en-tokens'
import { foldWidthAndCase, normalize, originalSpan } from '../src/nlp/normalize'

const spell = { variants: [['きゃんせる', 'キャンセル'], ['へんぴん', '返品']] as Array<[string, string]> }

describe('normalize keeps a map back to the text as sent', () => {
  it('folds half-width kana with voiced marks into one character (ｶﾞ → ガ)', () => {
    const n = foldWidthAndCase('ｷｬﾝｾﾙｶﾞ')
    expect(n.text).toBe('キャンセルガ')
    // ガ came from two source characters, so its span covers both.
    expect(originalSpan(n, 5, 6)).toEqual({ start: 5, end: 7, text: 'ｶﾞ' })
  })

  it('maps one character that NFKC expands (㍻ → 平成) to the whole source character', () => {
    const n = foldWidthAndCase('㍻元年')
    expect(n.text).toBe('平成元年')
    expect(originalSpan(n, 0, 1).text).toBe('㍻')
    expect(originalSpan(n, 2, 4).text).toBe('元年')
  })

  it('folds full-width Latin and lower-cases it (ＣＡＮＣＥＬ → cancel)', () => {
    expect(foldWidthAndCase('ＣＡＮＣＥＬ').text).toBe('cancel')
  })

  it('keeps emoji (surrogate pairs) whole and offsets after them exact', () => {
    const text = '😢キャンセル'
    const n = foldWidthAndCase(text)
    expect(originalSpan(n, 2, 7)).toEqual({ start: 2, end: 7, text: 'キャンセル' })
  })

  it('respells hiragana renderings and maps them back to the original spelling', () => {
    const text = 'へんぴんか、きゃんせるで'
    const n = normalize(text, spell)
    expect(n.text).toBe('返品か、キャンセルで')
    expect(originalSpan(n, 0, 2).text).toBe('へんぴん')
    expect(originalSpan(n, 4, 9).text).toBe('きゃんせる')
  })

  it('spellings do not rewrite inside longer words (cancle, not cancleable)', () => {
    const en = { variants: [['cancle', 'cancel']] as Array<[string, string]> }
    expect(normalize('pls cancle it', en).text).toBe('pls cancel it')
    expect(normalize('cancleable', en).text).toBe('cancleable')
  })

  it('reads Japanese words in English text, which have no spaces to find words by (I want 返金してほしい)', () => {
    const en = { variants: [['cancle', 'cancel'], ['返金', 'refund'], ['注文', 'order']] as Array<[string, string]> }
    expect(normalize('I want 返金してほしい', en).text).toBe('i want refundしてほしい')
    expect(normalize('全額返金で', en).text).toBe('全額refundで')
    // A Latin edge still needs its boundary, but a Japanese neighbour is one: cancleしたい is a typo before したい.
    expect(normalize('cancleしたい', en).text).toBe('cancelしたい')
    // The word put in gets a space where it would run into a Latin word, and the space maps back to the word it replaced.
    const n = normalize('返金please', en)
    expect(n.text).toBe('refund please')
    expect(originalSpan(n, 0, 7).text).toBe('返金')
    expect(originalSpan(n, 7, 13).text).toBe('please')
    expect(normalize('my注文', en).text).toBe('my order')
  })

  it('splits English tokens where the script changes (をcancelしたいです is を, cancel, したいです)', () => {
    const tokens = enTokens('をcancelしたいです, don\'t', new Map())
    expect(tokens.map((t) => t.surface)).toEqual(['を', 'cancel', 'したいです', ',', 'do', 'not', ''])
    expect(tokens[1]).toMatchObject({ start: 1, end: 7 })
  })

  it('any span of the normalised text maps to a valid span of the original (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.nat(), (s, a, b) => {
      const n = normalize(s, spell)
      const [lo, hi] = [Math.min(a, b) % (n.text.length + 1), Math.max(a, b) % (n.text.length + 1)]
      const span = originalSpan(n, Math.min(lo, hi), Math.max(lo, hi))
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.end).toBeLessThanOrEqual(s.length)
      expect(s.slice(span.start, span.end)).toBe(span.text)
    }))
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldWidthAndCase, normalize, originalSpan } from '../src/nlp/normalize'

const spell = { wholeWord: false, variants: [['きゃんせる', 'キャンセル'], ['へんぴん', '返品']] as Array<[string, string]> }

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

  it('whole-word spellings do not rewrite inside longer words (cancle, not cancleable)', () => {
    const en = { wholeWord: true, variants: [['cancle', 'cancel']] as Array<[string, string]> }
    expect(normalize('pls cancle it', en).text).toBe('pls cancel it')
    expect(normalize('cancleable', en).text).toBe('cancleable')
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

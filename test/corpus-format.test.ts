import { describe, expect, it } from 'vitest'
import dev from './corpus/ja.jsonl?raw'
import holdout from './corpus/holdout/ja.jsonl?raw'

// Format gate for the labelled corpora (issue 2 §5); labels themselves are reviewed by people, see test/corpus/README.md.
const INTENTS = new Set(['cancel', 'address_change', 'return'])

type Row = { id: string; text: string; intents: string[]; negated: string[]; tags: string[] }

function parse(name: string, raw: string): Row[] {
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      let row: unknown
      try {
        row = JSON.parse(line)
      } catch {
        throw new Error(`${name}:${i + 1} is not JSON`)
      }
      return row as Row
    })
}

const files = { 'ja.jsonl': parse('ja.jsonl', dev), 'holdout/ja.jsonl': parse('holdout/ja.jsonl', holdout) }
const all = [...files['ja.jsonl'], ...files['holdout/ja.jsonl']]

describe('Japanese corpus format', () => {
  it('has at least 400 development and 150 holdout messages', () => {
    expect(files['ja.jsonl'].length).toBeGreaterThanOrEqual(400)
    expect(files['holdout/ja.jsonl'].length).toBeGreaterThanOrEqual(150)
  })

  it.each(Object.entries(files))('%s rows have the right shape and labels', (_name, rows) => {
    for (const r of rows) {
      const where = `row ${r.id}`
      expect(typeof r.id, where).toBe('string')
      expect(r.id, where).toMatch(/^ja-(h-)?\d{4}$/)
      expect(typeof r.text === 'string' && r.text.trim().length > 0, where).toBe(true)
      expect(Array.isArray(r.intents) && Array.isArray(r.negated) && Array.isArray(r.tags), where).toBe(true)
      for (const l of [...r.intents, ...r.negated]) expect(INTENTS.has(l), `${where}: ${l}`).toBe(true)
      expect(new Set(r.intents).size, where).toBe(r.intents.length)
      // An intent is either requested or declined, never both.
      expect(r.intents.filter((l) => r.negated.includes(l)), where).toEqual([])
      for (const t of r.tags) expect(t, where).toMatch(/^[a-z0-9-]+$/)
    }
  })

  it('ids are unique across development and holdout', () => {
    const ids = all.map((r) => r.id)
    expect(ids.length - new Set(ids).size).toBe(0)
  })

  it('a "please don\'t cancel" message is never labelled cancel', () => {
    const bad = all.filter((r) => r.tags.includes('dont-cancel') && r.intents.includes('cancel')).map((r) => r.id)
    expect(bad).toEqual([])
  })

  it('at least 40% of all messages are hard negatives', () => {
    const share = all.filter((r) => r.tags.includes('hard-negative')).length / all.length
    expect(share).toBeGreaterThanOrEqual(0.4)
  })
})

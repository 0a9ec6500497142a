import { readdirSync, readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'

// The reply-check phrases are regexes kept as data (dictionaries/reply-checks); they must match in linear time too.
const dir = 'dictionaries/reply-checks'
const patterns = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) =>
    (load(readFileSync(`${dir}/${f}`, 'utf8')) as { id: string; patterns?: Record<string, string[]> }[]).flatMap((r) =>
      Object.values(r.patterns ?? {}).flat().map((p) => [`${f} ${r.id}: ${p}`, p] as const),
    ),
  )

describe('reply-check patterns are linear', () => {
  it('finds the patterns', () => expect(patterns.length).toBeGreaterThan(20))
  it.each(patterns)('%s', (_where, p) => {
    expect(checkSync(p, 'giu', { timeout: 10_000 }).status).toBe('safe')
  })
})

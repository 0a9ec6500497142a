import { env as bindings } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { draftReply as draft } from '../src/reply/draft-reply'
import { noteBody, noteMarker } from '../src/queue/note'
import type { Env } from '../src/env'

const env = bindings as unknown as Env

describe('the helpdesk note (templates/notes/)', () => {
  it('is written in the reply language, with the reply exactly as drafted and the marker last', async () => {
    const res = await draft(env.ASSETS, { message: '注文をキャンセルしたいです。', order: { status: 'unshipped', fulfillment: 'merchant' }, receivedAt: '2026-11-27T01:00:00Z' })
    const note = noteBody(res, 'abc')
    expect(note).toMatch(/^\[madoguchi\] 返信の下書き/)
    expect(note).toContain(`対応: ${res.action.code} — ${res.action.summary}`)
    expect(note).toContain(`1. ${res.action.steps[0]}`)
    expect(note).toContain(`期限: ${res.deadline!.display}`)
    expect(note).toContain(`件名: ${res.reply!.subject}\n\n${res.reply!.body}\n----`)
    expect(note.trim().split('\n').at(-1)).toBe(noteMarker('abc'))
  })

  it('says so in English when no request was found', async () => {
    const res = await draft(env.ASSETS, { message: 'Thanks, the lamp arrived and looks great!', order: { status: 'delivered', fulfillment: 'merchant' } })
    const note = noteBody(res, 'xyz')
    expect(note).toMatch(/^\[madoguchi\] Draft reply/)
    expect(note).toContain('No reply drafted')
    expect(note).not.toContain('Subject:')
    expect(note.trim().split('\n').at(-1)).toBe(noteMarker('xyz'))
  })
})

import { describe, expect, it } from 'vitest'
import { env, registerTicket, standIn, ticketLog } from './support/webhooks'

describe('webhook test setup', () => {
  it('has the deliveries table and a reachable Zendesk stand-in', async () => {
    const t = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='deliveries'").first<{ name: string }>()
    expect(t?.name).toBe('deliveries')
    expect(env.ZENDESK_BASE_URL).toBe(standIn())
    await registerTicket('42')
    expect((await ticketLog('42')).calls).toEqual([])
  })
})

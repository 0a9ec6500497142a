import { describe, expect, it } from 'vitest'
import { scenarioById } from '../src/training/bank'
import { call } from './support/worker'

const form = (path: string, fields: Record<string, string>) =>
  call(path, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() })

const choicesOnPage = (html: string) => [...html.matchAll(/name="choice" value="([a-z_]+)"/g)].map((m) => m[1]!)

describe('/training pages (server-rendered, no script)', () => {
  it('serves the start form with a CSP that forbids scripts and inline styles', async () => {
    const res = await call('/training')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).toContain('<form method="post" action="/training/drills"')
    expect(html).not.toMatch(/<script|style=/i)
  })

  it('runs a drill through forms: start → question → answer → feedback, escaping the name and the reply', async () => {
    const start = await form('/training/drills', { name: '<img src=x onerror=alert(1)>', size: '2', topic: 'stockout', lang: 'ja' })
    expect(start.status).toBe(303)
    const drillPath = start.headers.get('location')!
    expect(drillPath).toMatch(/^\/training\/drills\/[0-9a-f-]{36}$/)

    const q = await (await call(drillPath)).text()
    expect(q).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(q).not.toContain('<img src=x')
    expect(choicesOnPage(q)).toContain('seller_cancel_no_inventory')

    const reply = '<b>注文履歴からキャンセル依頼をお送りください</b>'
    const ans = await form(`${drillPath}/answers`, { position: '0', choice: 'ask_buyer_to_request_cancel', reply })
    expect(ans.status).toBe(303)
    const fb = await (await call(ans.headers.get('location')!)).text()
    expect(fb).toContain('data-testid="verdict">不正解')
    expect(fb).toContain('stockout_asks_buyer_to_cancel')
    expect(fb).toContain('&lt;b&gt;')
    expect(fb).not.toContain('<b>注文履歴')
    expect(fb).toContain('在庫切れ')
  })

  it('shows results per topic and what to review once every question is answered', async () => {
    const start = await form('/training/drills', { name: 'Results Tester', size: '1', topic: 'rebuy', lang: 'en' })
    const drillPath = start.headers.get('location')!
    await form(`${drillPath}/answers`, { position: '0', choice: 'restore_canceled_order' })
    const done = await (await call(drillPath)).text()
    expect(done).toContain('data-testid="score">Results Tester: 0 / 1')
    expect(done).toContain(scenarioById('en-rebuy-01')!.policyRef.slice(0, 20))
  })

  it('answers a bad start form with the form again (400), not a crash', async () => {
    const res = await form('/training/drills', { name: '' })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('role="alert"')
  })
})

// A drill in headless Chromium against wrangler dev: start, answer three, read the feedback, see results and the report.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, openPage } from './browser.mjs'

const baseUrl = inject('baseUrl')
let browser
beforeAll(async () => { browser = await launch() })
afterAll(async () => { await browser?.close() })

describe('/training drill in a browser', () => {
  it('starts a drill of three, gives feedback with the checker findings, scores it and shows it in the report', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl)
    const missing = []
    page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`) })
    const name = `E2E ${Date.now()}`
    const res = await page.goto('/training')
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'")
    await page.fill('input[name=name]', name)
    await page.fill('input[name=size]', '3')
    await page.selectOption('select[name=lang]', 'ja')
    await page.click('button[type=submit]')

    const verdicts = []
    for (let i = 0; i < 3; i++) {
      await expect(page.locator('h1').textContent()).resolves.toContain(`問題 ${i + 1} / 3`)
      expect((await page.locator('[data-testid=buyer-message]').textContent()).length).toBeGreaterThan(3)
      expect(await page.locator('input[name=choice]').count()).toBeGreaterThanOrEqual(3)
      await page.locator('input[name=choice]').first().check()
      // The first answer carries a reply with a link and a false claim; the checker must flag them.
      if (i === 0) await page.fill('textarea[name=reply]', 'ご注文をキャンセルいたしました。詳しくは https://example.com をご覧ください。')
      await page.click('button[type=submit]')

      const verdict = await page.locator('[data-testid=verdict]').textContent()
      expect(['正解', '不正解']).toContain(verdict)
      verdicts.push(verdict)
      expect((await page.locator('[data-testid=expected]').textContent()).length).toBeGreaterThan(5)
      expect(await page.locator('blockquote.policy').textContent()).not.toBe('')
      if (i === 0) {
        const codes = await page.locator('[data-testid=findings] code').allTextContents()
        expect(codes).toContain('link_or_email')
        await expect(page.locator('[data-testid=findings] mark').first().textContent()).resolves.not.toBe('')
      }
      await page.click('a.button')
    }

    const score = await page.locator('[data-testid=score]').textContent()
    const right = verdicts.filter((v) => v === '正解').length
    expect(score).toBe(`${name}: ${right} / 3`)

    await page.goto('/training/report')
    const rows = await page.locator('[data-testid=accuracy] tbody tr').allTextContents()
    expect(rows.filter((r) => r.includes(name)).length).toBeGreaterThan(0)
    expect(await page.locator('[data-testid=per-day] tbody tr', { hasText: name }).count()).toBe(1)
    expect(missing).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

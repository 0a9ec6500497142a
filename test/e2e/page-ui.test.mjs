// The page's own behaviour, with /api/draft answered by the test (page.route) so every UI state is reachable:
// evidence/negation rendering, API text rendered inert, error states, the 401 token flow, request shape, 375 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, openPage, waitForCopied, waitForRender } from './browser.mjs'

const baseUrl = inject('baseUrl')
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>{{constructor}}'

// Evidence for `needle` if the message holds it (offsets as the contract defines them: UTF-16 indices).
function evidence(text, needle) {
  const start = text.indexOf(needle)
  return start < 0 ? [] : [{ start, end: start + needle.length, text: needle }]
}

// A well-formed DraftResponse for `message`; API strings carry markup to prove they are shown as text.
function fakeDraft(message, over = {}) {
  return {
    analysis: {
      language: 'ja',
      intents: [{ type: 'cancel', confidence: 0.92, evidence: evidence(message, 'キャンセルしたい') }],
      negated: [{ type: 'return', confidence: 0.6, evidence: evidence(message, '返品は考えていません') }],
    },
    action: {
      code: 'request_official_cancel',
      summary: `summary ${XSS}`,
      steps: [`step one ${XSS}`, 'step two'],
      affectsCancellationRate: true,
    },
    reply: { lang: 'ja', subject: `件名 ${XSS}`, body: `本文 ${XSS}` },
    deadline: { date: '2026-11-25', display: '2026年11月25日(水)' },
    warnings: [`warning ${XSS}`],
    ...over,
  }
}

const MESSAGE = '注文をキャンセルしたいです。返品は考えていません。'

let browser
beforeAll(async () => { browser = await launch() })
afterAll(async () => { await browser?.close() })

async function withFake(page, respond) {
  const requests = []
  await page.route('**/api/draft', async (route) => {
    const req = route.request()
    requests.push({ body: JSON.parse(req.postData() ?? '{}'), auth: req.headers().authorization })
    await respond(route, requests.length, requests.at(-1))
  })
  return requests
}

const json = (route, status, body) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) })

describe('page with a scripted API', () => {
  it('marks each intent with a colour class and a text tag, and shows negated mentions differently', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl)
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    await waitForRender(page, 1)

    const asked = page.locator('#highlighted mark.hl-cancel[data-negated="false"]')
    await expect(asked.textContent()).resolves.toBe('キャンセルしたい')
    await expect(page.locator('#highlighted .hl-tag.tag-cancel').first().textContent()).resolves.toBe('キャンセル')
    const negated = page.locator('#highlighted mark.hl-negated')
    await expect(negated.textContent()).resolves.toBe('返品は考えていません')
    expect(await negated.evaluate((n) => getComputedStyle(n).textDecorationLine)).toContain('line-through')
    await expect(page.locator('#negated-notes').textContent()).resolves.toContain('返品に言及していますが、依頼ではありません')
    // the highlighted copy is the message exactly, plus the tags
    const plain = await page.locator('#highlighted').evaluate((n) => [...n.childNodes].filter((c) => !c.classList?.contains('hl-tag')).map((c) => c.textContent).join(''))
    expect(plain).toBe(MESSAGE)
    await expect(page.locator('#rate-mark').getAttribute('data-affects')).resolves.toBe('true')
    await expect(page.locator('#deadline').textContent()).resolves.toContain('2026年11月25日(水)')
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows every API string as text: markup in summary, steps, warnings and reply never runs', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl)
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    await waitForRender(page, 1)
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
    expect(await page.locator('#result img, #result script').count()).toBe(0)
    await expect(page.locator('#action-summary').textContent()).resolves.toBe(`summary ${XSS}`)
    await expect(page.locator('#action-steps li').first().textContent()).resolves.toBe(`step one ${XSS}`)
    await expect(page.locator('#warnings').textContent()).resolves.toContain(`warning ${XSS}`)
    await expect(page.locator('#reply-body').inputValue()).resolves.toBe(`本文 ${XSS}`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('sends only the facts that are set, and remembers store-level choices across visits', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    const requests = await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    await waitForRender(page, 1)
    expect(requests.at(-1).body).toEqual({ message: MESSAGE })

    await page.selectOption('#fulfillment', 'merchant')
    await page.selectOption('#status', 'unshipped')
    await page.check('#buyerRequestedCancel')
    await page.fill('#deadlineDays', '3')
    await page.click('#store-settings summary')
    await page.fill('#storeName', 'テスト商店')
    await page.keyboard.press('Control+Enter')
    await waitForRender(page, 2)
    expect(requests.at(-1).body).toEqual({
      message: MESSAGE,
      order: { status: 'unshipped', fulfillment: 'merchant', buyerRequestedCancel: true },
      deadline: { days: 3 },
      seller: { storeName: 'テスト商店' },
    })

    await page.reload()
    await expect(page.locator('#fulfillment').inputValue()).resolves.toBe('merchant')
    await expect(page.locator('#storeName').inputValue()).resolves.toBe('テスト商店')
    await expect(page.locator('#deadlineDays').inputValue()).resolves.toBe('3')
    // per-order facts belong to one message and start unset again
    await expect(page.locator('#status').inputValue()).resolves.toBe('')
    expect(await page.isChecked('#buyerRequestedCancel')).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message')
    await context.close()
  })

  it('debounces typing into one request and Ctrl+Enter sends at once', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    const requests = await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.locator('#message').pressSequentially('キャンセルしたい', { delay: 40 })
    await waitForRender(page, 1)
    await page.waitForTimeout(500)
    expect(requests.length).toBe(1)
    expect(requests[0].body.message).toBe('キャンセルしたい')

    await page.locator('#message').press('End')
    await page.keyboard.type('です')
    await page.keyboard.press('Control+Enter')
    await page.waitForFunction(() => performance.getEntriesByName('madoguchi:draft', 'measure').length >= 2, null, { timeout: 250 })
    await context.close()
  })

  it('turns a 4xx error JSON and a network failure into readable messages', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    let mode = 'http'
    await withFake(page, (route) => mode === 'http'
      ? json(route, 400, { error: { code: 'invalid_request', message: 'The request body does not match the schema.', issues: [{ path: ['deadline', 'days'], message: 'Too big: expected number to be <=14' }] } })
      : mode === 'limited'
        ? json(route, 429, { error: { code: 'rate_limited', message: 'Too many requests; slow down and retry later.' } })
        : route.abort('connectionrefused'))
    await page.goto('/')
    await page.fill('#message', 'hello')
    const box = page.locator('#error')
    await box.waitFor({ state: 'visible' })
    const text = await box.textContent()
    expect(text).toContain('400 invalid_request')
    expect(text).toContain('The request body does not match the schema.')
    expect(text).toContain('deadline.days: Too big')
    await expect(box.getAttribute('role')).resolves.toBe('alert')

    mode = 'network'
    await page.keyboard.press('Control+Enter')
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('サーバーに接続できませんでした'))

    mode = 'limited'
    await page.keyboard.press('Control+Enter')
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('リクエストが多すぎます'))
    await context.close()
  })

  it('asks for the API token once on 401, keeps it for the tab and sends it as a bearer token', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    const requests = await withFake(page, (route, _n, r) => r.auth === 'Bearer s3cret'
      ? json(route, 200, fakeDraft(r.body.message))
      : json(route, 401, { error: { code: 'unauthorized', message: 'A bearer token is required.' } }))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    const dialog = page.locator('#token-dialog')
    await dialog.waitFor({ state: 'visible' })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token-input')
    await page.keyboard.type('s3cret')
    await page.keyboard.press('Enter')
    await waitForRender(page, 1)
    expect(await page.evaluate(() => sessionStorage.getItem('madoguchi.apiToken'))).toBe('s3cret')

    await page.locator('#message').press('End')
    await page.keyboard.type('!')
    await waitForRender(page, 2)
    expect(requests.at(-1).auth).toBe('Bearer s3cret')
    expect(requests.filter((r) => !r.auth).length).toBe(1)
    await context.close()
  })

  it('checks the reply box through /api/check-reply and lists findings as text with their severity', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl)
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message, { reply: null, action: { code: 'no_intent', summary: 's', steps: [], affectsCancellationRate: false }, deadline: null })))
    const checks = []
    await page.route('**/api/check-reply', (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}')
      checks.push(body)
      const i = body.reply.indexOf('https://')
      return json(route, 200, { ok: false, findings: [
        { code: 'link_or_email', severity: 'error', message: `No links ${XSS}`, start: i, end: i + 19 },
        { code: 'deadline_missing', severity: 'warning', message: 'No deadline' },
      ] })
    })
    await page.goto('/')
    await page.fill('#message', 'こんにちは')
    await waitForRender(page, 1)
    // no draft for this message: the box stays so staff can write their own reply
    await expect(page.locator('#no-reply').isVisible()).resolves.toBe(true)
    await page.fill('#reply-body', '詳しくは https://example.com をご覧ください。')
    await page.check('#stockout')
    await page.click('#check-reply')
    await page.locator('#check-result .finding').first().waitFor()
    expect(checks[0]).toEqual({ reply: '詳しくは https://example.com をご覧ください。', lang: 'ja', message: 'こんにちは', situation: 'seller_stockout' })
    const error = page.locator('#check-result .finding-error')
    await expect(error.locator('.severity').textContent()).resolves.toBe('要修正')
    await expect(error.textContent()).resolves.toContain(`No links ${XSS}`)
    await expect(error.locator('q').textContent()).resolves.toBe('https://example.com')
    await expect(page.locator('#check-result .finding-warning .severity').textContent()).resolves.toBe('注意')
    expect(await page.evaluate(() => window.__xss)).toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })

  it('works from the keyboard alone: Tab reaches Copy in order, focus is visible, Enter copies', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.keyboard.type(MESSAGE)
    await waitForRender(page, 1)
    const visited = []
    for (let i = 0; i < 40 && visited.at(-1) !== 'copy-body'; i++) {
      await page.keyboard.press('Tab')
      visited.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName))
    }
    expect(visited.at(-1)).toBe('copy-body')
    // inputs before results, and the reply box just before its Copy button
    expect(visited.indexOf('status')).toBeLessThan(visited.indexOf('run'))
    expect(visited.indexOf('run')).toBeLessThan(visited.indexOf('reply-body'))
    expect(visited.indexOf('reply-body')).toBe(visited.length - 2)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)
    expect(outline).toBe('solid')
    await page.keyboard.press('Enter')
    await waitForCopied(page, '#copy-body', 'コピーしました')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`本文 ${XSS}`)
    await context.close()
  })

  it('counts reply characters against 2,000 and warns over it; an edited reply is not overwritten by a new draft', async () => {
    const { page, context } = await openPage(browser, baseUrl)
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message, { reply: { lang: 'ja', subject: 's', body: `draft for ${r.body.message}` } })))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    await waitForRender(page, 1)
    const count = page.locator('#char-count')
    await expect(count.textContent()).resolves.toBe(`${[...`draft for ${MESSAGE}`].length} / 2,000 文字`)
    // 1,999 kanji plus one emoji (two UTF-16 units) is 2,000 characters: not over
    await page.fill('#reply-body', `${'字'.repeat(1999)}😀`)
    await expect(count.getAttribute('class')).resolves.not.toContain('over')
    await page.fill('#reply-body', '字'.repeat(2001))
    await expect(count.getAttribute('class')).resolves.toContain('over')
    await expect(count.textContent()).resolves.toContain('1 文字オーバー')

    await page.fill('#reply-body', 'my own words')
    await page.locator('#message').press('End')
    await page.keyboard.type('。')
    await waitForRender(page, 2)
    await expect(page.locator('#reply-body').inputValue()).resolves.toBe('my own words')
    await expect(page.locator('#reply-edited').isVisible()).resolves.toBe(true)
    await page.click('#replace-reply')
    await expect(page.locator('#reply-body').inputValue()).resolves.toBe(`draft for ${MESSAGE}。`)
    await expect(page.locator('#reply-edited').isVisible()).resolves.toBe(false)
    await context.close()
  })

  it('fits a 375 px wide phone screen without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, baseUrl, { width: 375, height: 800 })
    await withFake(page, (route, _n, r) => json(route, 200, fakeDraft(r.body.message)))
    await page.goto('/')
    await page.fill('#message', MESSAGE)
    await waitForRender(page, 1)
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
    expect(scroll).toBeLessThanOrEqual(client)
    await context.close()
  })
})

// One headless Chromium (Debian's /usr/bin/chromium) per test file, driven by playwright-core.
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })

// A fresh context per test: own localStorage/sessionStorage, clipboard allowed for the page's origin.
export async function openPage(browser, baseUrl, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, baseURL: baseUrl, locale: 'ja-JP' })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  // generous: CI machines run other suites in parallel, and the first request loads the tokenizer dictionary
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(60_000)
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  return { context, page, errors }
}

// Waits for the n-th completed draft render (each one leaves a performance measure behind).
export async function waitForRender(page, count) {
  await page.waitForFunction((n) => performance.getEntriesByName('madoguchi:draft', 'measure').length >= n, count, { timeout: 60_000 })
}

export const renders = (page) => page.evaluate(() => performance.getEntriesByName('madoguchi:draft', 'measure').length)

// The copy is async (navigator.clipboard), so wait for the button's confirmation instead of reading it once;
// the label reverts after 1.8 s, and polling every animation frame sees it well within that.
export async function waitForCopied(page, selector, text) {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text], { timeout: 10_000, polling: 'raf' })
}

// The paste-a-message page (issue 5): inputs → POST /api/draft (debounced, stale requests aborted) → results.
import { STRINGS, UI_LANGS } from './i18n.js'
import { ApiFailure, looksLikeDraft, postJson } from './api.js'
import { runCheck } from './check-reply.js'
import { el, renderChips, renderCharCount, renderError, renderHighlighted, renderList, renderNegatedNotes } from './render.js'

const DEBOUNCE_MS = 300
const SETTINGS_KEY = 'madoguchi.settings.v1'
// Stable per-store choices are remembered; per-order facts and buyer text are not (they belong to one message).
const REMEMBERED = ['fulfillment', 'marketplace', 'deadlineDays', 'businessDays', 'replyLang', 'storeName', 'signature']
const PER_ORDER = ['status', 'buyerRequestedCancel', 'latestShipDate', 'buyerName']

const $ = (id) => document.getElementById(id)
const state = { uiLang: 'ja', timer: 0, controller: null, seq: 0, last: null, lastText: '', replyEdited: false, pendingReply: null }
const t = () => STRINGS[state.uiLang]

// ---------- settings (localStorage) ----------
function loadSettings() {
  try { return JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}') ?? {} } catch { return {} }
}
function saveSettings() {
  const s = { uiLang: state.uiLang, storeOpen: $('store-settings').open }
  for (const id of REMEMBERED) s[id] = $(id).type === 'checkbox' ? $(id).checked : $(id).value
  try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(s)) } catch { /* private mode: settings last for this visit */ }
}
function applySettings(s) {
  for (const id of REMEMBERED) {
    if (!(id in s)) continue
    const input = $(id)
    if (input.type === 'checkbox') input.checked = Boolean(s[id])
    else if (input.tagName === 'SELECT') { if ([...input.options].some((o) => o.value === s[id])) input.value = s[id] }
    else input.value = String(s[id] ?? '')
  }
  if (s.storeOpen) $('store-settings').open = true
  if (UI_LANGS.includes(s.uiLang)) state.uiLang = s.uiLang
}

// ---------- UI language ----------
function lookup(table, key) {
  return key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), table)
}
function applyUiLang() {
  const strings = t()
  document.documentElement.lang = state.uiLang
  document.title = state.uiLang === 'ja' ? 'madoguchi 窓口' : 'madoguchi'
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = lookup(strings, node.dataset.i18n)
    if (typeof v === 'string') node.textContent = v
  }
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
    const v = lookup(strings, node.dataset.i18nAriaLabel)
    if (typeof v === 'string') node.setAttribute('aria-label', v)
  }
  for (const lang of UI_LANGS) $(`ui-lang-${lang}`).setAttribute('aria-pressed', String(lang === state.uiLang))
  if (state.last) renderResult(state.last, state.lastText, { keepReply: true })
}

// ---------- request ----------
function orderFacts() {
  const order = {}
  if ($('status').value) order.status = $('status').value
  if ($('fulfillment').value) order.fulfillment = $('fulfillment').value
  if ($('buyerRequestedCancel').checked) order.buyerRequestedCancel = true
  if ($('latestShipDate').value) order.latestShipDate = $('latestShipDate').value
  if ($('buyerName').value.trim()) order.buyerName = $('buyerName').value.trim()
  if ($('marketplace').value) order.marketplace = $('marketplace').value
  return Object.keys(order).length > 0 ? order : undefined
}

function buildRequest() {
  const message = $('message').value
  if (message.trim() === '') return null
  const req = { message }
  if ($('replyLang').value) req.lang = $('replyLang').value
  const order = orderFacts()
  if (order) req.order = order
  const deadline = {}
  const days = $('deadlineDays').value.trim()
  if (days !== '') deadline.days = Number(days)
  if (!$('businessDays').checked) deadline.businessDays = false
  if (Object.keys(deadline).length > 0) req.deadline = deadline
  const seller = {}
  if ($('storeName').value.trim()) seller.storeName = $('storeName').value.trim()
  if ($('signature').value.trim()) seller.signature = $('signature').value.trim()
  if (Object.keys(seller).length > 0) req.seller = seller
  return req
}

function schedule() {
  clearTimeout(state.timer)
  state.timer = setTimeout(runNow, DEBOUNCE_MS)
}

async function runNow() {
  clearTimeout(state.timer)
  state.controller?.abort()
  const req = buildRequest()
  if (!req) { showEmpty(); return }
  const controller = new AbortController()
  state.controller = controller
  const seq = ++state.seq
  const fire = `madoguchi:fire:${seq}`
  performance.mark(fire)
  setBusy(true)
  try {
    const data = await postJson('/api/draft', req, { signal: controller.signal, askToken })
    if (seq !== state.seq) return
    if (!looksLikeDraft(data)) throw new ApiFailure('bad_response')
    renderResult(data, req.message, { keepReply: false })
    // Fire → DOM updated, and fire → the next frame painted: the page's own latency, read by the e2e test.
    performance.measure('madoguchi:draft', fire)
    requestAnimationFrame(() => setTimeout(() => performance.measure('madoguchi:draft-paint', fire), 0))
  } catch (err) {
    if (err?.name === 'AbortError' || seq !== state.seq) return
    showError(err instanceof ApiFailure ? err : new ApiFailure('network'))
  } finally {
    if (seq === state.seq) setBusy(false)
  }
}

// ---------- token dialog (issue 8 hook) ----------
let tokenWaiter = null
function askToken(wasRejected) {
  const dialog = $('token-dialog')
  if (tokenWaiter) return tokenWaiter
  $('token-wrong').hidden = !wasRejected
  $('token-input').value = ''
  tokenWaiter = new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      tokenWaiter = null
      resolve(dialog.returnValue === 'ok' ? $('token-input').value.trim() : '')
    }, { once: true })
  })
  dialog.returnValue = ''
  dialog.showModal()
  $('token-input').focus()
  return tokenWaiter
}

// ---------- rendering ----------
function setBusy(busy) {
  $('results').setAttribute('aria-busy', String(busy))
  document.body.classList.toggle('busy', busy)
  if (busy) $('status-line').textContent = t().working
}

function showEmpty() {
  state.controller?.abort()
  state.seq++
  state.last = null
  setBusy(false)
  $('status-line').textContent = ''
  $('error').hidden = true
  $('result').hidden = true
  $('empty').hidden = false
}

function showError(failure) {
  const box = renderError($('error'), failure, t())
  if (failure.kind === 'auth') {
    const retry = el('button', { type: 'button', class: 'primary', text: t().enterToken })
    retry.addEventListener('click', runNow)
    box.append(retry)
  }
  box.hidden = false
  $('status-line').textContent = ''
  $('empty').hidden = true
}

function renderResult(data, text, { keepReply }) {
  const strings = t()
  state.last = data
  state.lastText = text
  $('error').hidden = true
  $('empty').hidden = true
  $('result').hidden = false

  renderChips($('intent-chips'), data.analysis, strings)
  renderHighlighted($('highlighted'), text, data.analysis, strings)
  renderNegatedNotes($('negated-notes'), data.analysis, strings)

  const code = data.action.code
  $('action-name').textContent = strings.actionNames[code] ?? code
  $('action-name').dataset.action = code
  const rate = $('rate-mark')
  rate.replaceChildren()
  rate.classList.toggle('affects', data.action.affectsCancellationRate)
  rate.dataset.affects = String(data.action.affectsCancellationRate)
  if (data.action.affectsCancellationRate) {
    rate.append(el('span', { class: 'rate-icon', 'aria-hidden': 'true', text: '!' }), el('strong', { text: strings.affectsRate }), ' ', el('span', { class: 'small', text: strings.affectsRateDetail }))
  } else {
    rate.append(el('span', { class: 'rate-icon', 'aria-hidden': 'true', text: '✓' }), strings.notAffectsRate)
  }
  $('action-summary').textContent = data.action.summary
  renderList($('action-steps'), data.action.steps, '')
  const dl = $('deadline')
  dl.replaceChildren()
  if (data.deadline) dl.append(el('strong', { text: data.deadline.display }), ' ', el('time', { datetime: data.deadline.date, class: 'muted small', text: `(${data.deadline.date})` }))
  else dl.append(el('span', { class: 'muted', text: strings.noDeadline }))
  renderList($('warnings'), data.warnings, strings.noWarnings)

  renderReply(data.reply, keepReply)

  const names = data.analysis.intents.map((i) => strings.intentNames[i.type] ?? i.type)
  $('status-line').textContent = strings.updated(`${names.join('・') || '—'} → ${strings.actionNames[code] ?? code}`)
}

// With no draft (no_intent) the box stays, empty, so staff can write and check their own reply.
function renderReply(reply, keepReply) {
  const strings = t()
  $('no-reply').hidden = reply !== null
  $('reply-lang').hidden = reply === null
  if (reply === null) {
    state.pendingReply = null
    $('reply-edited').hidden = true
    if (!keepReply && !state.replyEdited) setReply({ subject: '', body: '' })
    return
  }
  $('reply-lang').textContent = strings.replyLangNote(reply.lang)
  const same = reply.body === $('reply-body').value && reply.subject === $('reply-subject').value
  if (keepReply || same) {
    // re-render after a UI language switch: leave the text as it is
  } else if (state.replyEdited) {
    state.pendingReply = reply
    $('reply-edited').hidden = false
  } else {
    setReply(reply)
  }
  renderCharCount($('char-count'), $('reply-body').value, strings)
}

function setReply(reply) {
  $('reply-subject').value = reply.subject
  $('reply-body').value = reply.body
  state.replyEdited = false
  state.pendingReply = null
  $('reply-edited').hidden = true
  $('check-result').replaceChildren() // findings were about the text just replaced
  renderCharCount($('char-count'), reply.body, t())
}

// ---------- copy ----------
async function copyText(text, sourceField) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no async clipboard')
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Fallback for http:// origins other than localhost or a denied permission: select and execCommand.
    sourceField.focus()
    sourceField.select()
    try { return document.execCommand('copy') } catch { return false }
  }
}

async function onCopy(button, field) {
  const ok = await copyText(field.value, field)
  const strings = t()
  const label = button.dataset.i18n ? lookup(strings, button.dataset.i18n) : button.textContent
  button.textContent = ok ? strings.copied : label
  button.classList.toggle('done', ok)
  $('status-line').textContent = ok ? strings.copied : strings.copyFailed
  setTimeout(() => { button.textContent = lookup(t(), button.dataset.i18n) ?? label; button.classList.remove('done') }, 1800)
}

// ---------- wiring ----------
function clearMessage() {
  $('message').value = ''
  for (const id of PER_ORDER) { const i = $(id); if (i.type === 'checkbox') i.checked = false; else i.value = '' }
  $('reply-subject').value = ''
  $('reply-body').value = ''
  state.replyEdited = false
  $('stockout').checked = false
  $('check-result').replaceChildren()
  showEmpty()
  $('message').focus()
}

function init() {
  applySettings(loadSettings())
  applyUiLang()

  $('message').addEventListener('input', schedule)
  const form = $('draft-form')
  form.addEventListener('input', (e) => { if (e.target !== $('message')) { saveSettings(); schedule() } })
  form.addEventListener('change', (e) => { if (e.target !== $('message')) saveSettings() })
  form.addEventListener('submit', (e) => { e.preventDefault(); runNow() })
  $('store-settings').addEventListener('toggle', saveSettings)
  $('clear').addEventListener('click', clearMessage)
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !$('token-dialog').open) { e.preventDefault(); runNow() }
  })

  for (const lang of UI_LANGS) {
    $(`ui-lang-${lang}`).addEventListener('click', () => { state.uiLang = lang; applyUiLang(); saveSettings() })
  }

  $('reply-body').addEventListener('input', () => { state.replyEdited = true; renderCharCount($('char-count'), $('reply-body').value, t()) })
  $('reply-subject').addEventListener('input', () => { state.replyEdited = true })
  $('replace-reply').addEventListener('click', () => { if (state.pendingReply) setReply(state.pendingReply) })
  $('copy-body').addEventListener('click', () => onCopy($('copy-body'), $('reply-body')))
  $('copy-subject').addEventListener('click', () => onCopy($('copy-subject'), $('reply-subject')))
  $('check-reply').addEventListener('click', () => {
    const request = { reply: $('reply-body').value, lang: state.uiLang }
    if ($('message').value.trim()) request.message = $('message').value
    const order = orderFacts()
    if (order) request.order = order
    if ($('stockout').checked) request.situation = 'seller_stockout'
    runCheck({ box: $('check-result'), request, t: t(), askToken })
  })

  $('message').focus()
  if ($('message').value.trim()) runNow()
}

init()

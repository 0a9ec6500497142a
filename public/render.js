// Builds result DOM with createElement/textContent only: buyer and API text is data, never markup.
export const MAX_REPLY_CHARS = 2000

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue
    if (k === 'class') node.className = v
    else if (k === 'text') node.textContent = v
    else node.setAttribute(k, v === true ? '' : String(v))
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c))
  return node
}

// Evidence spans from intents (asked) and negated (mentioned, not asked), clipped to the sent text.
function spansOf(analysis, textLength) {
  const spans = []
  const add = (list, negated) => {
    for (const intent of list ?? []) {
      for (const ev of intent.evidence ?? []) {
        const start = Math.max(0, Number(ev.start) | 0)
        const end = Math.min(textLength, Number(ev.end) | 0)
        if (end > start) spans.push({ start, end, type: String(intent.type), negated })
      }
    }
  }
  add(analysis.intents, false)
  add(analysis.negated, true)
  return spans
}

const cssType = (type) => (['cancel', 'address_change', 'return'].includes(type) ? type.replace('_', '-') : 'other')

// The message as sent, split at every evidence boundary; each marked piece gets a colour, a style and a text tag.
export function renderHighlighted(container, text, analysis, t) {
  container.replaceChildren()
  const spans = spansOf(analysis, text.length)
  const cuts = new Set([0, text.length])
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end) }
  const points = [...cuts].sort((a, b) => a - b)
  const tagged = new Set()
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]]
    const piece = text.slice(a, b)
    const active = spans.filter((s) => s.start <= a && s.end >= b)
    if (active.length === 0) { container.append(piece); continue }
    const main = active.find((s) => !s.negated) ?? active[0]
    // One text tag per span at its first piece, so colour is never the only signal.
    for (const s of active) {
      const key = `${s.start}:${s.end}:${s.type}:${s.negated}`
      if (s.start === a && !tagged.has(key)) {
        tagged.add(key)
        const name = t.intentNames[s.type] ?? s.type
        container.append(el('span', { class: `hl-tag tag-${cssType(s.type)}${s.negated ? ' tag-negated' : ''}`, text: s.negated ? t.negatedTag(name) : name }))
      }
    }
    const labels = active.map((s) => (s.negated ? t.negatedTag(t.intentNames[s.type] ?? s.type) : t.intentNames[s.type] ?? s.type))
    container.append(el('mark', {
      class: `hl hl-${cssType(main.type)}${main.negated ? ' hl-negated' : ''}`,
      title: labels.join(' / '),
      'data-intent': main.type,
      'data-negated': main.negated ? 'true' : 'false',
    }, piece))
  }
}

export function renderChips(list, analysis, t) {
  list.replaceChildren()
  for (const intent of analysis.intents) {
    const name = t.intentNames[intent.type] ?? intent.type
    const pct = Math.round(Number(intent.confidence) * 100)
    list.append(el('li', { class: `chip chip-${cssType(intent.type)}`, 'data-intent': intent.type },
      el('strong', { text: name }), ' ', el('span', { class: 'chip-conf', text: t.confidence(pct) })))
  }
  if (analysis.intents.length === 0) list.append(el('li', { class: 'chip chip-none', text: t.noIntentFound }))
  list.append(el('li', { class: 'chip chip-lang', text: t.detectedLang(analysis.language) }))
}

export function renderNegatedNotes(list, analysis, t) {
  list.replaceChildren()
  const asked = new Set(analysis.intents.map((i) => i.type))
  for (const intent of analysis.negated) {
    if (asked.has(intent.type)) continue
    const name = t.intentNames[intent.type] ?? intent.type
    list.append(el('li', { class: `negated-note tag-${cssType(intent.type)}`, 'data-intent': intent.type }, t.negatedNote(name)))
  }
}

export function renderList(list, items, emptyText) {
  list.replaceChildren()
  for (const item of items) list.append(el('li', { text: item }))
  if (items.length === 0 && emptyText) list.append(el('li', { class: 'muted', text: emptyText }))
}

export const charLength = (s) => [...s].length

export function renderCharCount(node, body, t) {
  const n = charLength(body)
  node.replaceChildren(t.charCount(n, MAX_REPLY_CHARS))
  node.classList.toggle('over', n > MAX_REPLY_CHARS)
  if (n > MAX_REPLY_CHARS) node.append(el('span', { class: 'over-note', text: ` — ${t.charOver(n - MAX_REPLY_CHARS)}` }))
}

// 4xx/5xx/network failures as one readable block; issue paths and messages come from zod, shown as text.
export function renderError(box, failure, t) {
  box.replaceChildren()
  let headline
  if (failure.kind === 'network') headline = t.errNetwork
  else if (failure.kind === 'bad_response') headline = t.errBadResponse
  else if (failure.kind === 'auth') headline = t.errAuth
  else if (failure.status === 429) headline = t.errRateLimited
  else headline = t.errServer(failure.status, failure.code)
  box.append(el('p', { class: 'error-head', text: headline }))
  if (failure.kind === 'http' && failure.message) box.append(el('p', { text: failure.message }))
  if (failure.issues.length > 0) {
    const ul = el('ul')
    for (const issue of failure.issues.slice(0, 10)) {
      const path = Array.isArray(issue?.path) ? issue.path.join('.') : ''
      ul.append(el('li', { text: path ? `${path}: ${issue?.message ?? ''}` : String(issue?.message ?? '') }))
    }
    box.append(ul)
  }
  return box
}

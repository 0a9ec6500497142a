// Issue 7's "check my own reply" box: sends the reply box's text (plus the message and facts) to /api/check-reply.
import { ApiFailure, postJson } from './api.js'
import { el, renderError } from './render.js'

export function looksLikeCheck(d) {
  return Boolean(d && typeof d === 'object' && Array.isArray(d.findings) && typeof d.ok === 'boolean')
}

// Findings as a list: severity as a word (not colour alone), the API's message, and the quoted span of the reply.
export function renderFindings(box, reply, data, t) {
  box.replaceChildren()
  if (data.findings.length === 0) {
    box.append(el('p', { class: 'check-ok', text: t.checkOk }))
    return
  }
  const ul = el('ul', { class: 'findings' })
  for (const f of data.findings) {
    const severity = f.severity === 'error' ? 'error' : 'warning'
    const li = el('li', { class: `finding finding-${severity}`, 'data-code': String(f.code) },
      el('span', { class: 'severity', text: t.severity[severity] }), ' ', String(f.message))
    const start = Number(f.start)
    const end = Number(f.end)
    if (Number.isInteger(start) && Number.isInteger(end) && end > start && end <= reply.length) {
      const quoted = reply.slice(start, end)
      li.append(el('q', { class: 'finding-quote', text: quoted.length > 80 ? `${quoted.slice(0, 80)}…` : quoted }))
    }
    ul.append(li)
  }
  box.append(ul)
}

export async function runCheck({ box, request, t, askToken }) {
  if (request.reply.trim() === '') {
    box.replaceChildren(el('p', { class: 'muted', text: t.checkEmpty }))
    return
  }
  box.replaceChildren(el('p', { class: 'muted', text: t.checking }))
  try {
    const data = await postJson('/api/check-reply', request, { askToken })
    if (!looksLikeCheck(data)) throw new ApiFailure('bad_response')
    renderFindings(box, request.reply, data, t)
  } catch (err) {
    const failure = err instanceof ApiFailure ? err : new ApiFailure('network')
    box.replaceChildren()
    box.append(renderError(el('div', { class: 'error', role: 'alert' }), failure, t))
  }
}

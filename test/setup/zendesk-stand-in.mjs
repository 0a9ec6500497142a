// vitest globalSetup (runs in Node): a small HTTP stand-in for the Zendesk Support API on an ephemeral port.
// It records every call and follows a per-ticket script (e.g. "503 twice, then OK") that tests set over HTTP:
//   POST /__control/tickets/:id  {"script":[{"status":503,"retryAfter":"7"},{"status":500,"apply":true}]}
//   GET  /__control/tickets/:id  → {"calls":[…],"comments":[…]}
// A PUT to a ticket nobody registered answers 404, like Zendesk for a deleted ticket.
import { createServer } from 'node:http'

export default async function setup({ provide }) {
  const tickets = new Map()
  let nextCommentId = 1
  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const url = new URL(req.url, 'http://stand-in')
      let m
      if ((m = /^\/__control\/tickets\/(\d+)$/.exec(url.pathname))) {
        if (req.method === 'POST') {
          tickets.set(m[1], { script: JSON.parse(raw || '{}').script ?? [], calls: [], comments: [] })
          return send(res, 200, { ok: true })
        }
        const t = tickets.get(m[1])
        return t ? send(res, 200, { calls: t.calls, comments: t.comments }) : send(res, 404, { error: 'unknown ticket' })
      }
      if ((m = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname)) && req.method === 'PUT') {
        const t = tickets.get(m[1])
        if (!t) return send(res, 404, { error: 'RecordNotFound', description: 'Not found' })
        const step = t.script.shift() ?? { status: 200 }
        t.calls.push({ method: 'PUT', authorization: req.headers.authorization ?? null, body: raw, answered: step.status })
        const ok = step.status >= 200 && step.status < 300
        // "apply": the update lands but the answer is an error — the crash window seen from outside.
        if (ok || step.apply) {
          const comment = JSON.parse(raw).ticket.comment
          t.comments.push({ id: nextCommentId++, body: comment.body, public: comment.public })
        }
        if (ok) return send(res, 200, { ticket: { id: Number(m[1]) } })
        return send(res, step.status, { error: step.error ?? 'StandInFailure' }, step.retryAfter ? { 'retry-after': step.retryAfter } : {})
      }
      if ((m = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname)) && req.method === 'GET') {
        const t = tickets.get(m[1])
        if (!t) return send(res, 404, { error: 'RecordNotFound' })
        t.calls.push({ method: 'GET', authorization: req.headers.authorization ?? null, body: '', answered: 200 })
        const comments = url.searchParams.get('sort_order') === 'desc' ? [...t.comments].reverse() : t.comments
        return send(res, 200, { comments })
      }
      send(res, 404, { error: 'InvalidEndpoint' })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  provide('zendeskStandIn', `http://127.0.0.1:${server.address().port}`)
  return () => new Promise((resolve) => server.close(resolve))
}

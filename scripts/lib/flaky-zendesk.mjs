// A stand-in Zendesk API for the load test: fails about half of the note PUTs (503 + Retry-After: 1, or the
// update lands but the answer is lost) and records every note that landed, per ticket.
import { createServer } from 'node:http'

export async function startFlakyZendesk({ failureRate = 0.5 } = {}) {
  const notes = new Map() // ticket id → comment bodies that landed
  let calls = 0
  let failed = 0
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url, 'http://stand-in')
      const send = (status, body, headers = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(JSON.stringify(body))
      }
      let m
      if ((m = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname)) && req.method === 'PUT') {
        calls++
        const list = notes.get(m[1]) ?? []
        notes.set(m[1], list)
        const roll = Math.random()
        if (roll < failureRate / 2) {
          failed++
          return send(503, { error: 'Unavailable' }, { 'retry-after': '1' })
        }
        list.push(JSON.parse(Buffer.concat(chunks).toString('utf8')).ticket.comment.body)
        if (roll < failureRate) {
          failed++
          return send(502, { error: 'LostAnswer' }, { 'retry-after': '1' }) // landed, but the caller never hears so
        }
        return send(200, { ticket: { id: Number(m[1]) } })
      }
      if ((m = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname)) && req.method === 'GET') {
        const bodies = [...(notes.get(m[1]) ?? [])].reverse()
        return send(200, { comments: bodies.map((body, i) => ({ id: i + 1, body, public: false })) })
      }
      send(404, { error: 'InvalidEndpoint' })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    notes,
    stats: () => ({ calls, failed }),
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}

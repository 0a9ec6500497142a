// npm run loadtest [-- --short] [-- --path /api/analyze]: drives /api/draft with a mix of real messages through
// wrangler dev and prints requests/s, p50/p99, errors and workerd's memory before and after.
import autocannon from 'autocannon'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rssMiB, startDevServer } from './lib/dev-server.mjs'

const short = process.argv.includes('--short')
const pathArg = process.argv.indexOf('--path')
const path = pathArg > 0 ? process.argv[pathArg + 1] : '/api/draft'
const duration = short ? 5 : 30
const connections = 32
const port = Number(process.env.LOADTEST_PORT ?? 8799)

// The load test measures the service, not the limiter (tested in test/access.test.ts): raise the limit in a copy.
const config = 'wrangler.loadtest.toml'
writeFileSync(config, readFileSync('wrangler.toml', 'utf8').replace(/simple = \{ limit = \d+/, 'simple = { limit = 1000000'))

function messages() {
  const out = []
  for (const f of ['test/corpus/ja.jsonl', 'test/corpus/en.jsonl']) {
    if (!existsSync(f)) continue
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).text)
  }
  const bench = '../shared/bench/ja-buyer-messages-2000.txt'
  if (existsSync(bench)) out.push(...readFileSync(bench, 'utf8').split('\n').filter(Boolean).slice(0, 500))
  if (out.length === 0) throw new Error('no messages found (test/corpus/*.jsonl or ../shared/bench)')
  return out
}

const bodies = messages().map((m, i) =>
  JSON.stringify(path === '/api/draft'
    ? { message: m, order: { status: ['unshipped', 'shipped', 'pending', 'delivered'][i % 4], fulfillment: i % 7 === 0 ? 'amazon' : 'merchant' } }
    : { text: m }),
)

const server = await startDevServer({ port, config })
try {
  // Warm up: first request loads the dictionary; then a short burst so JIT and caches settle.
  await fetch(server.base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0] })
  await run(3, 8)
  const pids = server.workerdPids()
  const before = pids.map(rssMiB).reduce((a, b) => a + b, 0)
  const result = await run(duration, connections)
  const after = pids.map(rssMiB).reduce((a, b) => a + b, 0)
  const summary = {
    path, duration_s: duration, connections, messages: bodies.length,
    requests: result.requests.total, rps: result.requests.average,
    p50_ms: result.latency.p50, p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    workerd_rss_mib_before: +before.toFixed(1), workerd_rss_mib_after: +after.toFixed(1),
  }
  console.table([summary])
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(`bench/results/loadtest${short ? '-short' : ''}.json`, JSON.stringify(summary, null, 2))
  const growth = after - before
  if (summary.errors > 0) fail(`${summary.errors} requests failed`)
  if (growth > Math.max(32, before * 0.25)) fail(`workerd memory grew by ${growth.toFixed(1)} MiB`)
  console.log(`ok: 0 errors, memory ${before.toFixed(1)} → ${after.toFixed(1)} MiB`)
} finally {
  server.stop()
}

function run(seconds, conns) {
  let i = 0
  return autocannon({
    url: server.base + path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    duration: seconds,
    connections: conns,
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  })
}

function fail(msg) {
  console.error(`loadtest: FAIL — ${msg}`)
  process.exitCode = 1
}

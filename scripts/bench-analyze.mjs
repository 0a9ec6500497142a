// Analysis time against message length under wrangler dev: 20,000 characters must stay under 100 ms warm,
// and time must grow about linearly (a doubling of length should roughly double the time, never square it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { startDevServer } from './lib/dev-server.mjs'

const port = Number(process.env.BENCH_PORT ?? 8798)
const runs = 10
const lines = readFileSync('../shared/bench/ja-buyer-messages-2000.txt', 'utf8').split('\n').filter(Boolean)
const english = 'Hi, I ordered the wrong size by mistake. Could you cancel it if it has not shipped yet? Thanks!\n'

const textOf = (n, lang) => {
  let s = ''
  for (let i = 0; s.length < n; i++) s += lang === 'ja' ? lines[i % lines.length] + '\n' : english
  return s.slice(0, n)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const server = await startDevServer({ port })
const rows = []
try {
  const post = async (text) => {
    const t0 = performance.now()
    const res = await fetch(`${server.base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`)
    await res.arrayBuffer()
    return performance.now() - t0
  }
  const cold = await post(textOf(200, 'ja'))
  for (const lang of ['ja', 'en']) {
    for (const n of [1250, 2500, 5000, 10000, 20000]) {
      const text = textOf(n, lang)
      await post(text)
      const times = []
      for (let i = 0; i < runs; i++) times.push(await post(text))
      rows.push({ lang, chars: n, median_ms: +median(times).toFixed(1) })
    }
  }
  const at = (lang, n) => rows.find((r) => r.lang === lang && r.chars === n).median_ms
  const summary = {
    first_request_ms: +cold.toFixed(1),
    rows,
    ja_20000_ms: at('ja', 20000),
    en_20000_ms: at('en', 20000),
    ja_ratio_20000_over_10000: +(at('ja', 20000) / at('ja', 10000)).toFixed(2),
    en_ratio_20000_over_10000: +(at('en', 20000) / at('en', 10000)).toFixed(2),
  }
  console.table(rows)
  console.log(JSON.stringify({ ...summary, rows: undefined }))
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/analyze-length.json', JSON.stringify(summary, null, 2))
} finally {
  await server.stop()
}

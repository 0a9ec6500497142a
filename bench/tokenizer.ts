/// <reference types="node" />
// npm run bench: stock kuromoji vs the compact dictionary in fresh Node processes, then /api/analyze under wrangler dev.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { sharedPath } from '../test/node/support/corpus'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PORT = Number(process.env.BENCH_PORT ?? 8801)
const WARM_REQUESTS = 20
const OUT = 'bench/results'
const BUNDLE_DIR = join(OUT, 'worker-bundle')
const messages = sharedPath('bench/ja-buyer-messages-2000.txt')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

type Probe = Record<string, number> & { mode: string }

async function nodeRuns(): Promise<Record<'stock' | 'compact', Probe[]>> {
  const probe = join(OUT, 'probe.mjs')
  // Plain JS for the children, so tsx's own heap is not in the figures; kuromoji stays in node_modules.
  await build({ entryPoints: ['bench/probe.ts'], bundle: true, platform: 'node', format: 'esm', outfile: probe, external: ['kuromoji', 'kuromoji/*'], logLevel: 'error' })
  const runs: Record<'stock' | 'compact', Probe[]> = { stock: [], compact: [] }
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['stock', 'compact'] as const) {
      const out = execFileSync(process.execPath, ['--expose-gc', probe, mode, messages], { encoding: 'utf8', maxBuffer: 1 << 20 })
      runs[mode].push(JSON.parse(out.trim().split('\n').pop()!) as Probe)
      process.stderr.write('.')
    }
  }
  process.stderr.write('\n')
  return runs
}

// Up and steady for `steadyMs`: wrangler dev may restart once after start-up (its watch_dir rebuild).
async function waitFor(url: string, ms: number, steadyMs = 5000): Promise<void> {
  const end = Date.now() + ms
  let upSince = 0
  while (Date.now() < end) {
    let ok = false
    try {
      ok = (await fetch(url)).ok
    } catch {}
    upSince = ok ? upSince || Date.now() : 0
    if (upSince && Date.now() - upSince >= steadyMs) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not come up steadily in ${ms} ms`)
}

// First (cold: the isolate loads the dictionary) and warm POST /api/analyze latency, one wrangler dev session.
async function wranglerRun(session: number): Promise<{ healthzFirstMs: number; coldMs: number; secondMs: number; warmMedianMs: number; warmP90Ms: number }> {
  const log = openSync(join(OUT, `wrangler-dev-${session}.log`), 'w')
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(PORT), '--inspector-port', String(PORT + 1000)], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: ['ignore', log, log], detached: true,
  })
  try {
    await waitFor(`http://127.0.0.1:${PORT}/healthz`, 90_000)
    const t = performance.now()
    await (await fetch(`http://127.0.0.1:${PORT}/healthz`)).text()
    const healthzFirstMs = performance.now() - t
    const texts = readFileSync(messages, 'utf8').split('\n').filter(Boolean)
    const post = async (text: string) => {
      const t = performance.now()
      const res = await fetch(`http://127.0.0.1:${PORT}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, lang: 'ja' }) })
      await res.text()
      if (!res.ok) throw new Error(`/api/analyze answered ${res.status}`)
      return performance.now() - t
    }
    const coldMs = await post(texts[0]!)
    const secondMs = await post(texts[1]!)
    const warm: number[] = []
    for (let i = 2; i < 2 + WARM_REQUESTS; i++) warm.push(await post(texts[i]!))
    warm.sort((a, b) => a - b)
    return { healthzFirstMs, coldMs, secondMs, warmMedianMs: median(warm), warmP90Ms: warm[Math.floor(warm.length * 0.9)]! }
  } finally {
    process.kill(-child.pid!, 'SIGTERM')
  }
}

// The same bundle and assets in workerd through Miniflare, without wrangler dev's inspector proxy: that proxy always
// sends Network.enable, so workerd reports every ~10 KB chunk of the 23 MB dictionary fetch to DevTools (seconds).
async function miniflareRun(bundleDir: string): Promise<{ coldMs: number; secondMs: number; warmMedianMs: number }> {
  const mf = new Miniflare({
    modules: true, scriptPath: join(bundleDir, 'index.js'), compatibilityDate: '2026-03-01', compatibilityFlags: ['nodejs_compat'],
    assets: { directory: './public', binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } },
  })
  try {
    await mf.ready
    await (await mf.dispatchFetch('http://localhost/healthz')).text()
    const texts = readFileSync(messages, 'utf8').split('\n').filter(Boolean)
    const post = async (text: string) => {
      const t = performance.now()
      const res = await mf.dispatchFetch('http://localhost/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, lang: 'ja' }) })
      await res.text()
      if (!res.ok) throw new Error(`/api/analyze answered ${res.status}`)
      return performance.now() - t
    }
    const coldMs = await post(texts[0]!)
    const secondMs = await post(texts[1]!)
    const warm: number[] = []
    for (let i = 2; i < 2 + WARM_REQUESTS; i++) warm.push(await post(texts[i]!))
    return { coldMs, secondMs, warmMedianMs: median(warm) }
  } finally {
    await mf.dispose()
  }
}

function bundleSize(): { bytes: number; gzipBytes: number } {
  const dir = BUNDLE_DIR
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', dir], { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: 'ignore' })
  const files = readdirSync(dir).filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(join(dir, f)))
  return { bytes: files.reduce((s, f) => s + f.length, 0), gzipBytes: files.reduce((s, f) => s + gzipSync(f, { level: 9 }).length, 0) }
}

mkdirSync(OUT, { recursive: true })
const runs = await nodeRuns()
const keys = ['loadMs', 'residentMiB', 'peakRssMiB', 'peakSampledMiB', 'usPerMessage', 'firstPassUsPerMessage', 'baselineMiB'] as const
const med = (mode: 'stock' | 'compact') => Object.fromEntries(keys.map((k) => [k, median(runs[mode].map((r) => r[k]!))])) as Record<(typeof keys)[number], number>
const stock = med('stock'), compact = med('compact')
const wrangler = []
for (let i = 0; i < Number(process.env.BENCH_WRANGLER_RUNS ?? 3); i++) wrangler.push(await wranglerRun(i))
const bundle = bundleSize()
const workerd = []
for (let i = 0; i < 3; i++) workerd.push(await miniflareRun(BUNDLE_DIR))
const dictBytes = readdirSync('public/dict').reduce((s, f) => s + readFileSync(join('public/dict', f)).length, 0)

const rows: [string, string, string, string][] = [
  ['load (ms)', stock.loadMs.toFixed(1), compact.loadMs.toFixed(1), `${(stock.loadMs / compact.loadMs).toFixed(1)}× faster`],
  ['heapUsed + external after GC (MiB)', stock.residentMiB.toFixed(1), compact.residentMiB.toFixed(1), `${(stock.residentMiB / compact.residentMiB).toFixed(1)}× smaller`],
  ['  of which empty-process baseline', stock.baselineMiB.toFixed(1), compact.baselineMiB.toFixed(1), ''],
  ['peak while loading, RSS high-water (MiB)', stock.peakRssMiB.toFixed(1), compact.peakRssMiB.toFixed(1), `compact peak/resident ${(compact.peakRssMiB / compact.residentMiB).toFixed(2)}`],
  ['peak while loading, 1 ms samples (MiB)', stock.peakSampledMiB.toFixed(1), compact.peakSampledMiB.toFixed(1), `compact peak/resident ${(compact.peakSampledMiB / compact.residentMiB).toFixed(2)}`],
  ['µs per message (warm, 2,000 msgs)', stock.usPerMessage.toFixed(1), compact.usPerMessage.toFixed(1), `${(stock.usPerMessage / compact.usPerMessage).toFixed(2)}× faster`],
  ['µs per message (first pass, cold JIT)', stock.firstPassUsPerMessage.toFixed(1), compact.firstPassUsPerMessage.toFixed(1), `${(stock.firstPassUsPerMessage / compact.firstPassUsPerMessage).toFixed(2)}× faster`],
]
const w = [42, 10, 10, 30]
console.log(`\nkuromoji 0.1.2 stock vs madoguchi compact — Node ${process.version}, median of ${RUNS} fresh processes each (--expose-gc)`)
console.log(['', 'stock', 'madoguchi', 'ratio'].map((h, i) => h.padEnd(w[i]!)).join(' '))
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' '))
console.log(`\nwrangler dev (port ${PORT}), POST /api/analyze, ${wrangler.length} sessions: first request ${wrangler.map((r) => r.coldMs.toFixed(0)).join(' / ')} ms, second ${wrangler.map((r) => r.secondMs.toFixed(0)).join(' / ')} ms (GET /healthz before it: ${wrangler.map((r) => r.healthzFirstMs.toFixed(0)).join(' / ')} ms); warm median ${wrangler.map((r) => r.warmMedianMs.toFixed(1)).join(' / ')} ms (p90 ${wrangler.map((r) => r.warmP90Ms.toFixed(1)).join(' / ')})`)
console.log(`workerd via Miniflare (no dev inspector), same bundle + assets, 3 isolates: first request ${workerd.map((r) => r.coldMs.toFixed(0)).join(' / ')} ms, second ${workerd.map((r) => r.secondMs.toFixed(0)).join(' / ')} ms; warm median ${workerd.map((r) => r.warmMedianMs.toFixed(1)).join(' / ')} ms`)
console.log(`Worker bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB, gzip ${(bundle.gzipBytes / 1024).toFixed(0)} KiB; dictionary assets ${(dictBytes / 2 ** 20).toFixed(1)} MiB in public/dict`)
writeFileSync(join(OUT, 'tokenizer.json'), JSON.stringify({ node: process.version, runs: RUNS, median: { stock, compact }, raw: runs, wrangler, workerd, bundle, dictBytes }, null, 2))
console.log(`→ ${OUT}/tokenizer.json`)

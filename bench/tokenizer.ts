/// <reference types="node" />
// npm run bench: stock kuromoji vs the compact dictionary in fresh Node processes, then /api/analyze under the dev server.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { sharedPath } from '../test/node/support/corpus'
// @ts-expect-error — plain .mjs helper shared with the load test and browser tests
import { startDevServer } from '../scripts/lib/dev-server.mjs'

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

// First (cold: the isolate loads the dictionary) and warm POST /api/analyze latency in one fresh dev server: the
// `npm start` one (wrangler's dev server, inspector off) or, for comparison, plain `wrangler dev` (inspector proxy on).
async function devRun(cli: boolean, session: number): Promise<{ healthzFirstMs: number; coldMs: number; secondMs: number; warmMedianMs: number; warmP90Ms: number }> {
  const server = await startDevServer({ port: PORT + session, cli })
  try {
    await new Promise((r) => setTimeout(r, 2000)) // let start-up settle: the cold figure is the isolate's, not the boot's
    const t = performance.now()
    await (await fetch(`${server.base}/healthz`)).text()
    const healthzFirstMs = performance.now() - t
    const texts = readFileSync(messages, 'utf8').split('\n').filter(Boolean)
    const post = async (text: string) => {
      const t = performance.now()
      const res = await fetch(`${server.base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, lang: 'ja' }) })
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
    await server.stop()
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
const devServer = []
for (let i = 0; i < Number(process.env.BENCH_DEV_RUNS ?? 5); i++) devServer.push(await devRun(false, i))
const wranglerCli = []
for (let i = 0; i < Number(process.env.BENCH_CLI_RUNS ?? 2); i++) wranglerCli.push(await devRun(true, i))
const bundle = bundleSize()
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
const sessions = (label: string, rs: Awaited<ReturnType<typeof devRun>>[]) =>
  console.log(`${label}, ${rs.length} fresh sessions: first request ${rs.map((r) => r.coldMs.toFixed(0)).join(' / ')} ms (median ${median(rs.map((r) => r.coldMs)).toFixed(0)}), second ${rs.map((r) => r.secondMs.toFixed(0)).join(' / ')} ms; warm median ${rs.map((r) => r.warmMedianMs.toFixed(1)).join(' / ')} ms (p90 ${rs.map((r) => r.warmP90Ms.toFixed(1)).join(' / ')})`)
console.log('\nPOST /api/analyze (Japanese; the first request loads the dictionary into the isolate)')
sessions('npm start — wrangler dev server, inspector off (scripts/dev.mjs)', devServer)
sessions('plain `wrangler dev` CLI — its inspector proxy buffers every network event', wranglerCli)
console.log(`Worker bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB, gzip ${(bundle.gzipBytes / 1024).toFixed(0)} KiB; dictionary assets ${(dictBytes / 2 ** 20).toFixed(1)} MiB in public/dict`)
writeFileSync(join(OUT, 'tokenizer.json'), JSON.stringify({ node: process.version, runs: RUNS, median: { stock, compact }, raw: runs, devServer, wranglerCli, bundle, dictBytes }, null, 2))
console.log(`→ ${OUT}/tokenizer.json`)

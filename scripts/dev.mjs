// npm start: wrangler's local dev server — the engine behind `wrangler dev`, same config, local workerd, D1, Queues,
// assets — with the DevTools inspector off. Why: wrangler 4.86's inspector proxy sends Network.enable and, while no
// DevTools is attached, keeps every network event in an unbounded buffer: the first /api/analyze (23 MB dictionary
// read) takes seconds and memory grows with every request. `npm run dev:inspect` is plain `wrangler dev` for DevTools.
// It applies the D1 migrations to the local database first.
//   node scripts/dev.mjs [--port N] [--ip A] [--config FILE] [--var NAME:VALUE]… [--no-watch]
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { unstable_startWorker } from 'wrangler'

function parseArgs(argv) {
  const opts = { port: Number(process.env.PORT ?? 8787), ip: '127.0.0.1', config: 'wrangler.toml', vars: {}, watch: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--port') opts.port = Number(value())
    else if (a === '--ip') opts.ip = value()
    else if (a === '--config' || a === '-c') opts.config = value()
    else if (a === '--no-watch') opts.watch = false
    else if (a === '--var') {
      const v = value()
      const at = v.indexOf(':')
      if (at < 1) throw new Error(`--var expects NAME:VALUE, got ${v}`)
      opts.vars[v.slice(0, at)] = v.slice(at + 1)
    } else throw new Error(`unknown option ${a}`)
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw new Error(`bad port ${opts.port}`)
  return opts
}

// workerd dies on a taken port while wrangler keeps waiting: check first and say so.
function portFree(host, port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, host, () => probe.close(() => resolve(true)))
  })
}

const opts = parseArgs(process.argv.slice(2))
if (!(await portFree(opts.ip, opts.port))) {
  console.error(`madoguchi: port ${opts.port} on ${opts.ip} is in use — stop what is serving there, or set PORT (PORT=8788 npm start)`)
  process.exit(1)
}
// The local D1 starts empty: apply migrations/ first (idempotent; CI=1 skips wrangler's confirmation prompt).
execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--config', opts.config], {
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const bindings = Object.fromEntries(Object.entries(opts.vars).map(([k, value]) => [k, { type: 'plain_text', value }]))
const worker = await unstable_startWorker({
  config: opts.config,
  bindings,
  dev: { server: { hostname: opts.ip, port: opts.port }, inspector: false, watch: opts.watch },
})
await worker.ready
const { version } = JSON.parse(readFileSync(new URL('../node_modules/wrangler/package.json', import.meta.url), 'utf8'))
console.log(`madoguchi: ready on http://${opts.ip === '127.0.0.1' ? 'localhost' : opts.ip}:${opts.port} (wrangler ${version} dev server, local workerd; Ctrl-C stops)`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await worker.dispose().catch(() => {})
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

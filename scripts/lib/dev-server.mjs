// Starts the dev server of `npm start` (scripts/dev.mjs) on a free-standing port for the bench, load test and browser
// tests, and stops it with its workerd; `cli: true` runs plain `wrangler dev` instead (bench comparison).
import { spawn, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export async function startDevServer({ port, config = 'wrangler.toml', vars = {}, cli = false }) {
  const args = cli
    ? ['npx', 'wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(port + 1000), '-c', config]
    : [process.execPath, 'scripts/dev.mjs', '--no-watch', '--port', String(port), '--config', config]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn(args[0], args.slice(1), {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = '' // the tail only: every request logs a line
  const keep = (d) => (log = (log + d).slice(-65536))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let exited = false
  child.on('exit', () => (exited = true))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (exited) throw new Error(`dev server exited early:\n${log}`)
    try {
      if ((await fetch(`${base}/healthz`)).ok) break
    } catch {}
    if (Date.now() > deadline) {
      kill('SIGKILL')
      throw new Error(`dev server did not start in 120 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    base,
    log: () => log,
    workerdPids: () => descendants(child.pid).filter((pid) => comm(pid) === 'workerd'),
    // SIGTERM to the whole process group, SIGKILL if it is still there after 5 s.
    stop: async () => {
      kill('SIGTERM')
      for (const end = Date.now() + 5000; !exited && Date.now() < end; ) await new Promise((r) => setTimeout(r, 100))
      if (!exited) kill('SIGKILL')
    },
  }

  function kill(signal) {
    try {
      process.kill(-child.pid, signal)
    } catch {}
  }
}

function descendants(pid) {
  let out = []
  try {
    const kids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n').map((s) => Number(s.trim())).filter(Boolean)
    for (const k of kids) out = out.concat([k], descendants(k))
  } catch {}
  return out
}

const comm = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return ''
  }
}

// Resident memory of a process in MiB, from /proc (what the OS holds for it, ArrayBuffers included).
export function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : NaN
}

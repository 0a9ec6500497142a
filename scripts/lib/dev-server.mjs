// Starts `wrangler dev` on a free-standing port for scripts (bench, load test) and stops it, with its workerd.
import { spawn, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export async function startDevServer({ port, config = 'wrangler.toml', vars = {} }) {
  const args = ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(port + 1000), '-c', config]
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const child = spawn('npx', args, {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`)
    try {
      if ((await fetch(`${base}/healthz`)).ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`wrangler dev did not start in 120 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    base,
    log: () => log,
    workerdPids: () => descendants(child.pid).filter((pid) => comm(pid) === 'workerd'),
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    },
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

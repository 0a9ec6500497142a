// Starts `wrangler dev` once for all browser tests, waits for /healthz, and stops it (whole process group) after.
import { execFileSync, spawn } from 'node:child_process'

const PORT = Number(process.env.E2E_PORT ?? 8805)
const BASE = `http://127.0.0.1:${PORT}`

async function healthy() {
  try {
    const res = await fetch(`${BASE}/healthz`)
    return res.ok
  } catch {
    return false
  }
}

export default async function setup(project) {
  if (await healthy()) throw new Error(`port ${PORT} already answers /healthz — stop that server or set E2E_PORT`)
  // wrangler dev's local D1 starts empty: apply migrations/ first (training attempts, webhook deliveries).
  execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    stdio: 'ignore',
  })
  const log = []
  const child = spawn(
    'npx',
    ['wrangler', 'dev', '--port', String(PORT), '--inspector-port', String(PORT + 1000), '--ip', '127.0.0.1'],
    { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout.on('data', (d) => log.push(String(d)))
  child.stderr.on('data', (d) => log.push(String(d)))
  let exited = false
  child.on('exit', () => { exited = true })

  const until = Date.now() + 150_000
  while (!(await healthy())) {
    if (exited || Date.now() > until) {
      try { process.kill(-child.pid, 'SIGKILL') } catch { /* already gone */ }
      throw new Error(`wrangler dev did not become healthy on ${BASE}:\n${log.join('').slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  project.provide('baseUrl', BASE)

  return async () => {
    try { process.kill(-child.pid, 'SIGTERM') } catch { return }
    const deadline = Date.now() + 5000
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    if (!exited) try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ }
  }
}

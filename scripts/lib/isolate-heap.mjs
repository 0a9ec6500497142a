// The Worker's own isolate heap, read over workerd's inspector (CDP Runtime.getHeapUsage after a forced GC). It tells
// what the Worker keeps apart from workerd's process memory, which grows to a plateau even for a no-op Worker.
// Runs the deploy bundle (`wrangler deploy --dry-run`) with wrangler.toml's bindings in workerd through Miniflare,
// whose inspector goes straight to the isolate (no wrangler inspector proxy, no Network events).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import WebSocket from 'ws'

export async function startInspectableWorker({ config = 'wrangler.toml', port, inspectorPort, vars = {}, bundleDir = '.wrangler/heap-bundle' }) {
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', bundleDir, '--config', config], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: 'ignore',
  })
  const { workerOptions } = unstable_getMiniflareWorkerOptions(config)
  const mf = new Miniflare({
    ...workerOptions,
    name: 'madoguchi',
    modules: true,
    modulesRules: [{ type: 'ESModule', include: ['**/*.js'] }],
    scriptPath: join(bundleDir, 'index.js'),
    bindings: { ...workerOptions.bindings, ...vars },
    d1Persist: false,
    port,
    inspectorPort,
  })
  const url = await mf.ready
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()
  const target = targets.find((t) => t.webSocketDebuggerUrl?.endsWith('/core:user:madoguchi'))
  if (!target) throw new Error(`no inspector target for the Worker among ${targets.map((t) => t.webSocketDebuggerUrl).join(', ')}`)
  const ws = new WebSocket(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)))
  let nextId = 0
  const pending = new Map()
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data))
    pending.get(msg.id)?.(msg)
    pending.delete(msg.id)
  })
  const call = (method) => new Promise((resolve) => {
    const id = ++nextId
    pending.set(id, resolve)
    ws.send(JSON.stringify({ id, method }))
  })
  await call('HeapProfiler.enable')

  return {
    base: url.origin,
    // Heap in use after a full GC, in MiB: JS heap plus ArrayBuffer backing stores the isolate reports.
    async heapAfterGcMiB() {
      // Two full GCs: objects of requests that finished just before the first one are only freed by the second.
      for (let pass = 0; pass < 2; pass++) {
        const gc = call('HeapProfiler.collectGarbage')
        // workerd runs inspector commands when the isolate next wakes: poke it until the GC has answered.
        let done = false
        gc.then(() => (done = true))
        for (const end = Date.now() + 30_000; !done; ) {
          if (Date.now() > end) throw new Error('the isolate did not run HeapProfiler.collectGarbage within 30 s')
          await (await fetch(`${url.origin}/healthz`)).arrayBuffer()
          await new Promise((r) => setTimeout(r, 50))
        }
      }
      const { result } = await call('Runtime.getHeapUsage')
      return (result.usedSize + (result.backingStorageSize ?? 0)) / 2 ** 20
    },
    async dispose() {
      ws.close()
      await mf.dispose()
    },
  }
}

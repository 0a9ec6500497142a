// Starts the `npm start` dev server (scripts/dev.mjs: wrangler's dev server, migrations applied) once for all browser
// tests, and stops it with its workerd after.
import { startDevServer } from '../../scripts/lib/dev-server.mjs'

const PORT = Number(process.env.E2E_PORT ?? 8805)

export default async function setup(project) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) throw new Error(`port ${PORT} already answers /healthz — stop that server or set E2E_PORT`)
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('port ')) throw e
  }
  const server = await startDevServer({ port: PORT })
  project.provide('baseUrl', server.base)
  return async () => server.stop()
}

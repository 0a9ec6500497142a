// Runs every scripts/build-*.{mjs,ts} in name order: each one generates an input the Worker imports or serves.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const steps = readdirSync('scripts').filter((f) => /^build-.*\.(mjs|ts)$/.test(f)).sort()
for (const step of steps) {
  execFileSync(process.execPath, ['--import', 'tsx', `scripts/${step}`], { stdio: 'inherit' })
}

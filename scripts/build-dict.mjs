// Phase-0 dictionary step: copies kuromoji's stock dictionary into static assets (issue 3 replaces it).
import { cpSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const src = join(dirname(require.resolve('kuromoji/package.json')), 'dict')
const out = 'public/dict/stock'
mkdirSync(out, { recursive: true })
cpSync(src, out, { recursive: true })
console.log(`build-dict: copied stock dictionary to ${out}`)

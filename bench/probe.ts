/// <reference types="node" />
// One fresh-process measurement (run by bench/tokenizer.ts, bundled to plain JS): node --expose-gc probe.mjs stock|compact <messages>
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { compactTokenizer } from '../src/nlp/dict/compact-tokenizer'
import { loadDictionary } from '../src/nlp/dict/load-dictionary'
import type { Tokenizer } from '../src/nlp/token'

const [mode, messagesFile] = process.argv.slice(2) as ['stock' | 'compact', string]
const gc = (globalThis as { gc?: () => void }).gc ?? ((): never => { throw new Error('run with --expose-gc') })
const MiB = 2 ** 20
const resident = () => {
  gc()
  const m = process.memoryUsage()
  return { heapUsed: m.heapUsed, external: m.external, total: m.heapUsed + m.external, rss: m.rss }
}

async function readArrayBuffer(path: string): Promise<ArrayBuffer> {
  const b = await readFile(path)
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? (b.buffer as ArrayBuffer) : new Uint8Array(b).buffer
}

async function load(): Promise<Tokenizer> {
  if (mode === 'compact') return loadDictionary((name) => readArrayBuffer(join('public/dict', name))).then(compactTokenizer)
  const { default: kuromoji } = await import('kuromoji') // only the stock run pays for kuromoji's loader modules
  const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict')
  return new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((e: unknown, t: Tokenizer) => (e ? reject(e) : resolve(t))))
}

const messages = readFileSync(messagesFile, 'utf8').split('\n').filter((l) => l.trim() !== '')
const before = resident()
const maxRssBefore = process.resourceUsage().maxRSS * 1024
// Heap + external sampled on a 1 ms timer while loading: sees async steps, misses synchronous spikes (hence maxRSS too).
let sampledPeak = 0
const sampler = setInterval(() => {
  const m = process.memoryUsage()
  sampledPeak = Math.max(sampledPeak, m.heapUsed + m.external)
}, 1)
const t0 = performance.now()
const tokenizer = await load()
const loadMs = performance.now() - t0
clearInterval(sampler)
const afterLoadRaw = process.memoryUsage()
sampledPeak = Math.max(sampledPeak, afterLoadRaw.heapUsed + afterLoadRaw.external)
const maxRssAfter = process.resourceUsage().maxRSS * 1024
const after = resident()

const pass = () => {
  const t = performance.now()
  let tokens = 0
  for (const m of messages) tokens += tokenizer.tokenize(m).length
  return { us: ((performance.now() - t) * 1000) / messages.length, tokens }
}
const first = pass()
const warm = [pass(), pass(), pass()].sort((a, b) => a.us - b.us)
const afterRun = resident()

console.log(JSON.stringify({
  mode,
  loadMs,
  baselineMiB: before.total / MiB,
  residentMiB: after.total / MiB,
  residentHeapMiB: after.heapUsed / MiB,
  residentExternalMiB: after.external / MiB,
  // RSS high-water: baseline heap+external plus how far RSS rose above its pre-load level (includes allocator slack).
  peakRssMiB: (before.total + Math.max(0, maxRssAfter - Math.max(before.rss, maxRssBefore))) / MiB,
  peakSampledMiB: sampledPeak / MiB,
  firstPassUsPerMessage: first.us,
  usPerMessage: warm[1]!.us,
  tokens: first.tokens,
  residentAfterRunMiB: afterRun.total / MiB,
}))

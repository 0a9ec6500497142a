/// <reference types="node" />
// The texts the identity gate and the bench run over: the shared buyer messages, the project corpus, general Japanese.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generalJapanese } from './general-japanese'

const BUYER_FILE = 'bench/ja-buyer-messages-2000.txt'

// ../shared sits beside a fresh clone (and in CI); a worktree under wt/ finds it one level further up.
export function sharedPath(rel: string): string {
  const roots = [process.env.MADOGUCHI_SHARED, '../shared', '../../shared'].filter((r): r is string => !!r)
  for (const root of roots) if (existsSync(join(root, rel))) return join(root, rel)
  throw new Error(`${rel} not found under ${roots.join(' or ')} (set MADOGUCHI_SHARED)`)
}

export const buyerMessages = (): string[] => readFileSync(sharedPath(BUYER_FILE), 'utf8').split('\n').filter((l) => l.trim() !== '')

// test/corpus/*.jsonl (the corpus branches): one {"text": ...} per line.
export function projectCorpus(dir = 'test/corpus'): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => (JSON.parse(l) as { text?: unknown }).text)
    .filter((t): t is string => typeof t === 'string')
}

export function identityCorpus(): { name: string; texts: string[] }[] {
  const buyer = buyerMessages()
  return [
    { name: 'shared buyer messages', texts: buyer },
    { name: 'test/corpus', texts: projectCorpus() },
    { name: 'general Japanese (generated)', texts: generalJapanese(3500, buyer) },
  ]
}

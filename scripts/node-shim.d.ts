// The few Node APIs the build / eval scripts use, typed here so tsc needs no @types/node next to workers-types.
declare module 'node:fs' {
  export function readFileSync(path: string, encoding: 'utf8'): string
  export function writeFileSync(path: string, data: string): void
  export function readdirSync(path: string): string[]
  export function existsSync(path: string): boolean
}
declare module 'kuromoji' {
  type Built = { tokenize(text: string): import('../src/nlp/token').Token[] }
  const kuromoji: { builder(o: { dicPath: string }): { build(cb: (err: Error | null, t: Built) => void): void } }
  export default kuromoji
}
declare const process: { argv: string[]; exit(code: number): never; exitCode?: number }

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every regular expression literal the Worker ships (hand-written and generated) must match in linear time.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js|mjs)$/.test(name) ? [p] : []
  })
}

function regexLiterals(path: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(path, 'utf8')
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text)
  const out: { source: string; flags: string; where: string }[] = []
  let prev = ts.SyntaxKind.Unknown
  const braces: number[] = [] // open-brace depth inside each template substitution (`${ ... }`)
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // The `}` that closes a template substitution resumes the template text; without this, html`</p>` reads as a regex.
    if (kind === ts.SyntaxKind.TemplateHead) braces.push(0)
    else if (kind === ts.SyntaxKind.OpenBraceToken && braces.length > 0) braces[braces.length - 1]! += 1
    else if (kind === ts.SyntaxKind.CloseBraceToken && braces.length > 0) {
      if (braces[braces.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false)
        if (kind === ts.SyntaxKind.TemplateTail) braces.pop()
      } else braces[braces.length - 1]! -= 1
    }
    // A slash where an expression may start is a regex; the scanner needs to be told to re-read it as one.
    const exprStart = ![ts.SyntaxKind.Identifier, ts.SyntaxKind.CloseParenToken, ts.SyntaxKind.CloseBracketToken,
      ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.CloseBraceToken].includes(prev)
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && exprStart) {
      kind = scanner.reScanSlashToken()
      if (kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = scanner.getTokenText()
        const end = lit.lastIndexOf('/')
        const line = text.slice(0, scanner.getTokenStart()).split('\n').length
        out.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), where: `${path}:${line}` })
      }
    }
    if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia &&
        kind !== ts.SyntaxKind.SingleLineCommentTrivia && kind !== ts.SyntaxKind.MultiLineCommentTrivia) prev = kind
  }
  return out
}

describe('no catastrophic backtracking', () => {
  const found = files('src').flatMap(regexLiterals)

  it('finds the regular expressions in src/ (the scan itself works)', () => {
    expect(found.some((r) => r.where.includes('language.ts'))).toBe(true)
  })

  it('rejects a known-vulnerable pattern (the checker itself works)', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable')
  })

  it.each(found.map((r) => [r.where, r] as const))('%s is linear', (_where, r) => {
    const result = checkSync(r.source, r.flags.replace(/[^dgimsuvy]/g, ''), { timeout: 10_000 })
    expect(result.status, `/${r.source}/${r.flags}`).toBe('safe')
  })
})

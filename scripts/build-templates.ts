// Precompiles templates/ (replies, partials, staff texts) into src/reply/templates.gen.ts so the Worker needs
// only handlebars/runtime (workerd forbids compiling at run time). A bad or missing file names itself and fails.
// tsx lets it import the zod schemas, so staff texts are checked against every ActionCode.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Handlebars from 'handlebars'
import { load as loadYaml } from 'js-yaml'
import { ActionCode } from '../src/schemas/draft'
import { Lang } from '../src/schemas/analyze'

const ROOT = 'templates'
const OUT = 'src/reply/templates.gen.ts'
const LANGS = Lang.options
const FIRST = LANGS[0]!
// Plain text: nothing is HTML-escaped; only the built-in helpers exist, so every {{name}} is a data lookup.
const OPTIONS = { noEscape: true, knownHelpersOnly: true } as const

const fail = (file: string, why: string): never => {
  console.error(`build-templates: ${file}: ${why}`)
  process.exit(1)
}

function precompile(file: string, source: string): string {
  try {
    return Handlebars.precompile(source, OPTIONS) as string
  } catch (e) {
    return fail(file, (e as Error).message)
  }
}

const hbsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()

// Buyer-Seller Messaging forbids links and e-mail addresses; a reply must never claim a cancellation before it
// happened (POLICY.md). Checked here so a seller editing a template learns it at build time.
const FORBIDDEN: [RegExp, string][] = [
  [/https?:\/\/|www\./i, 'contains a link'],
  [/[\w.+-]+@[\w-]+\.[a-z]/i, 'contains an e-mail address'],
  [/キャンセルいたしました|キャンセル致しました|we have cancell?ed/i, 'claims a cancellation that has not happened yet'],
]

// A reply file is "subject line", a line "---", then the body.
function replyPair(file: string): string {
  const text = readFileSync(file, 'utf8')
  for (const [re, why] of FORBIDDEN) if (re.test(text)) fail(file, why)
  const at = text.indexOf('\n---\n')
  if (at < 0) fail(file, 'expected the subject line, then a line "---", then the body')
  const subject = text.slice(0, at).trim()
  if (subject.includes('\n')) fail(file, 'the subject must be one line')
  return `{ subject: ${precompile(file, subject)}, body: ${precompile(file, text.slice(at + 5))} }`
}

const replies: string[] = []
const keysByLang = new Map<string, Set<string>>()
for (const lang of LANGS) {
  const keys = new Set(hbsIn(join(ROOT, lang)).map((f) => f.replace(/\.hbs$/, '')))
  keysByLang.set(lang, keys)
  for (const key of keys) replies.push(`  '${lang}/${key}': ${replyPair(join(ROOT, lang, `${key}.hbs`))},`)
}
// Every reply must exist in every language, so a key is valid exactly when the type says so.
const replyKeys = [...keysByLang.get(FIRST)!]
for (const lang of LANGS) {
  const keys = keysByLang.get(lang)!
  for (const k of replyKeys) if (!keys.has(k)) fail(join(ROOT, lang, `${k}.hbs`), 'missing (exists in another language)')
  for (const k of keys) if (!replyKeys.includes(k)) fail(join(ROOT, FIRST, `${k}.hbs`), 'missing (exists in another language)')
}

const partials = hbsIn(join(ROOT, 'partials')).map((f) => {
  const file = join(ROOT, 'partials', f)
  return `  '${f.replace(/\.hbs$/, '')}': ${precompile(file, readFileSync(file, 'utf8'))},`
})

// Staff texts: per language, per action code {summary, steps[]}, and warnings keyed by code.
const staff: string[] = []
let warningKeys: string[] | null = null
for (const lang of LANGS) {
  const file = join(ROOT, 'staff', `${lang}.yaml`)
  type StaffFile = { actions?: Record<string, { summary: string; steps: string[] }>; warnings?: Record<string, string> }
  const data = loadYaml(readFileSync(file, 'utf8')) as StaffFile
  const actions: string[] = []
  for (const code of ActionCode.options) {
    const a = data.actions?.[code]
    if (!a || typeof a.summary !== 'string' || !Array.isArray(a.steps)) throw fail(file, `actions.${code} needs summary and steps`)
    const steps = a.steps.map((s, i) => (typeof s === 'string' ? precompile(file, s) : fail(file, `actions.${code}.steps[${i}] is not text`)))
    actions.push(`    ${code}: { summary: ${precompile(file, a.summary)}, steps: [${steps.join(', ')}] },`)
  }
  for (const code of Object.keys(data.actions ?? {})) if (!ActionCode.options.includes(code as ActionCode)) fail(file, `unknown action ${code}`)
  const keys = Object.keys(data.warnings ?? {}).sort()
  if (warningKeys && keys.join() !== warningKeys.join()) fail(file, `warnings differ from ${FIRST}: ${keys.join()} vs ${warningKeys.join()}`)
  warningKeys = keys
  const warnings = keys.map((k) => `    '${k}': ${precompile(file, data.warnings![k]!)},`)
  staff.push(`  ${lang}: {\n   actions: {\n${actions.join('\n')}\n   },\n   warnings: {\n${warnings.join('\n')}\n   },\n  },`)
}

// Internal notes on helpdesk tickets (the Zendesk write-back), one per language.
const notes = LANGS.map((lang) => {
  const file = join(ROOT, 'notes', `${lang}.hbs`)
  return `  ${lang}: ${precompile(file, readFileSync(file, 'utf8'))},`
})

const union = (xs: string[]) => (xs.length ? xs.map((x) => `'${x}'`).join(' | ') : 'never')
writeFileSync(
  OUT,
  `// @ts-nocheck -- generated by scripts/build-templates.ts from templates/; do not edit.
import type { ActionCode } from '../schemas/draft'
import type { Lang } from '../schemas/analyze'
import type { TemplateSpec } from './template-spec'

export type ReplyTemplateKey = ${union(replyKeys)}
export type PartialName = ${union(partials.map((p) => p.split("'")[1]!))}
export type WarningKey = ${union(warningKeys ?? [])}

export const replyTemplates: Record<\`\${Lang}/\${ReplyTemplateKey}\`, { subject: TemplateSpec; body: TemplateSpec }> = {
${replies.join('\n')}
}

export const partialTemplates: Record<PartialName, TemplateSpec> = {
${partials.join('\n')}
}

export const staffTemplates: Record<Lang, {
  actions: Record<ActionCode, { summary: TemplateSpec; steps: TemplateSpec[] }>
  warnings: Record<WarningKey, TemplateSpec>
}> = {
${staff.join('\n')}
}

export const noteTemplates: Record<Lang, TemplateSpec> = {
${notes.join('\n')}
}
`,
)
console.log(`build-templates: ${replies.length} replies, ${partials.length} partials, staff texts and notes for ${LANGS.join('/')} → ${OUT}`)

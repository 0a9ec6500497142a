import Handlebars from 'handlebars/runtime'
import type { Lang } from '../schemas/analyze'
import type { ActionCode } from '../schemas/draft'
import { noteTemplates, partialTemplates, replyTemplates, staffTemplates, type ReplyTemplateKey, type WarningKey } from './templates.gen'
import type { TemplateSpec } from './template-spec'

type Compiled = (data: object) => string

// One isolated runtime with the precompiled partials, built on first use (no work at module top level).
let env: typeof Handlebars | undefined
const cache = new Map<TemplateSpec, Compiled>()

function runtime(): typeof Handlebars {
  if (env) return env
  const hb = Handlebars.create()
  for (const [name, spec] of Object.entries(partialTemplates)) hb.registerPartial(name, hb.template(spec as never))
  env = hb
  return hb
}

function run(spec: TemplateSpec, data: object): string {
  let fn = cache.get(spec)
  if (!fn) {
    fn = runtime().template(spec as never) as Compiled
    cache.set(spec, fn)
  }
  return fn(data)
}

// Optional blocks leave blank lines and trailing spaces behind; the reply is plain text, so tidy them.
const tidy = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

export function renderReply(lang: Lang, key: ReplyTemplateKey, data: object): { subject: string; body: string } {
  const t = replyTemplates[`${lang}/${key}`]
  return { subject: tidy(run(t.subject, data)).replace(/\s+/g, ' '), body: tidy(run(t.body, data)) }
}

export function renderStaff(lang: Lang, code: ActionCode, data: object): { summary: string; steps: string[] } {
  const t = staffTemplates[lang].actions[code]
  return { summary: tidy(run(t.summary, data)), steps: t.steps.map((s) => tidy(run(s, data))) }
}

export const renderWarning = (lang: Lang, key: WarningKey, data: object = {}): string =>
  tidy(run(staffTemplates[lang].warnings[key], data))

// The helpdesk note is not tidied: the reply inside it must reach staff exactly as drafted.
export const renderNote = (lang: Lang, data: object): string => run(noteTemplates[lang], data)

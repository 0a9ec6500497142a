import { describe, expect, it } from 'vitest'
import { checkReply } from '../src/checker/check-reply'
import type { RuleExample } from '../src/checker/rule-data'
import { RULES } from '../src/checker/rules.gen'

// Every rule in dictionaries/reply-checks carries pass and fail examples; adding a phrase can't silently break one.
function run(ruleWhen: readonly string[] | undefined, ex: RuleExample) {
  const e = typeof ex === 'string' ? { reply: ex } : ex
  const reply = e.reply.repeat(e.repeat ?? 1)
  const situation = e.situation ?? (ruleWhen?.[0] as never)
  return checkReply(reply, {
    situation,
    latestShipDate: e.latestShipDate,
    buyerLang: e.buyerLang,
    now: e.now ? new Date(e.now) : undefined,
  }).map((f) => f.code)
}

describe('reply-check rule examples', () => {
  for (const rule of RULES) {
    for (const ex of rule.examples.pass) {
      it(`${rule.id} passes: ${JSON.stringify(ex).slice(0, 80)}`, () => {
        expect(run(rule.when, ex)).not.toContain(rule.id)
      })
    }
    for (const ex of rule.examples.fail) {
      it(`${rule.id} flags: ${JSON.stringify(ex).slice(0, 80)}`, () => {
        expect(run(rule.when, ex)).toContain(rule.id)
      })
    }
  }
})

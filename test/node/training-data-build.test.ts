import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The build steps validate the data; a bad entry must fail the build and name its file and id.
function build(script: string, dir: string) {
  const out = join(dir, 'out.gen.ts')
  const r = spawnSync('node', ['--import', 'tsx', script, dir, out], { encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr }
}

function copyOf(src: string) {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-data-'))
  cpSync(src, dir, { recursive: true })
  return dir
}

describe('scripts/build-training.ts', () => {
  it('builds the real bank', () => {
    expect(build('scripts/build-training.ts', copyOf('dictionaries/training')).status).toBe(0)
  })

  it('names the file and id of a scenario whose expected answer is not among its choices', () => {
    const dir = copyOf('dictionaries/training')
    const file = join(dir, 'scenarios', 'cancel.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('choices: [request_official_cancel, cancel_from_message, cancel_buyer_requested, ship_as_usual]', 'choices: [cancel_from_message, cancel_buyer_requested, ship_as_usual]'))
    const r = build('scripts/build-training.ts', dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/scenarios\/cancel\.yaml scenario ja-cancel-01: choices: must include the expected request_official_cancel/)
  })

  it('names an unknown policy_ref and an unknown expected outcome', () => {
    const dir = copyOf('dictionaries/training')
    const file = join(dir, 'scenarios', 'return.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('policy_ref: return\n', 'policy_ref: no_such_line\n').replace('expected: return_request\n  choices: [return_request, refund_before_return, amazon_fulfilled, no_intent]', 'expected: refund_now\n  choices: [return_request, refund_before_return, amazon_fulfilled, no_intent]'))
    const r = build('scripts/build-training.ts', dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/return\.yaml scenario ja-return-01: policy_ref no_such_line is not in policy-refs\.yaml/)
    expect(r.stderr).toMatch(/return\.yaml scenario ja-return-02: expected:/)
  })
})

describe('scripts/build-reply-checks.ts', () => {
  it('names the file and rule of a bad regex and of a rule without examples', () => {
    const dir = copyOf('dictionaries/reply-checks')
    const file = join(dir, 'stockout.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('- キャンセル依頼|キャンセルリクエスト|キャンセルをリクエスト', '- キャンセル(依頼'))
    writeFileSync(join(dir, 'extra.yaml'), '- id: no_examples\n  severity: error\n  kind: too_long\n  limit: 5\n  why: x\n  message: { ja: x, en: x }\n')
    const r = build('scripts/build-reply-checks.ts', dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/stockout\.yaml rule stockout_asks_buyer_to_cancel: patterns\.ja\.0: bad regex/)
    expect(r.stderr).toMatch(/extra\.yaml rule no_examples: examples/)
  })
})

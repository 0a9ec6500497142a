import { html } from 'hono/html'
import type { FeedbackResponse } from '../../schemas/training'
import type { DrillRow } from '../drill-store'
import type { question } from '../drills'
import { Topic } from '../scenario-data'
import type { DrillSummary } from '../summary'
import { layout } from './layout'
import { TOPIC_LABELS, UI } from './ui'

export function startPage(error?: string) {
  return layout(
    'Start',
    html`<h1>応対トレーニング / Reply training</h1>
      <p>購入者のメッセージと注文情報を読み、正しい対応を選んでください。/ Read the buyer's message and the order, then pick the right action.</p>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/training/drills" class="card">
        <label>名前 / Your name <input name="name" required maxlength="60" autocomplete="name" /></label>
        <label>問題数 / Questions <input name="size" type="number" min="1" max="50" value="10" /></label>
        <label>トピック / Topic
          <select name="topic">
            <option value="">ミックス / Mixed</option>
            ${Topic.options.map((t) => html`<option value="${t}">${TOPIC_LABELS[t] ?? t}</option>`)}
          </select>
        </label>
        <label>言語 / Language
          <select name="lang">
            <option value="">日本語と英語 / Both</option>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="submit">始める / Start</button>
      </form>
      <p><a href="/training/report">CSリード向けレポート / Report for CS leads</a></p>`,
  )
}

export function questionPage(drill: DrillRow, q: ReturnType<typeof question>) {
  const t = UI[q.lang]
  const facts = Object.entries(q.order) as [keyof typeof t.fields, unknown][]
  return layout(
    `${t.question} ${q.position + 1}`,
    html`<h1>${t.question} ${q.position + 1} / ${drill.size}</h1>
      <p class="meta">${drill.trainee_name} · ${TOPIC_LABELS[q.topic] ?? q.topic}</p>
      <section class="card">
        <h2>${t.message}</h2>
        <blockquote class="message" data-testid="buyer-message">${q.message}</blockquote>
        <p class="meta">${t.received}: ${q.receivedAt}</p>
      </section>
      <section class="card">
        <h2>${t.order}</h2>
        <dl class="facts">${facts.map(([k, v]) => html`<dt>${t.fields[k] ?? k}</dt><dd>${String(v)}</dd>`)}</dl>
        ${q.notes ? html`<h3>${t.notes}</h3><p class="notes">${q.notes}</p>` : ''}
      </section>
      <form method="post" action="/training/drills/${drill.id}/answers" class="card">
        <input type="hidden" name="position" value="${q.position}" />
        <fieldset>
          <legend>${t.choose}</legend>
          ${q.choices.map(
            (c) => html`<label class="choice"><input type="radio" name="choice" value="${c.key}" required /> ${c.label}</label>`,
          )}
        </fieldset>
        <label>${t.yourReply}<textarea name="reply" rows="8" maxlength="20000" lang="${q.lang}"></textarea></label>
        <button type="submit">${t.submit}</button>
      </form>`,
    q.lang,
  )
}

export function feedbackPage(drill: DrillRow, fb: FeedbackResponse, lang: 'ja' | 'en', reply: string | null) {
  const t = UI[lang]
  return layout(
    fb.correct ? t.right : t.wrong,
    html`<h1 class="${fb.correct ? 'right' : 'wrong'}" data-testid="verdict">${fb.correct ? t.right : t.wrong}</h1>
      <section class="card">
        <p><strong>${t.yourChoice}:</strong> ${fb.chosen.label}</p>
        <p><strong>${t.correct}:</strong> <span data-testid="expected">${fb.expected.label}</span></p>
        <h2>${t.why}</h2>
        <p>${fb.explanation}</p>
        <h2>${t.policy}</h2>
        <blockquote class="policy">${fb.policyRef}</blockquote>
      </section>
      <section class="card">
        <h2>${t.model}</h2>
        ${fb.modelReply ? html`<pre class="reply">${fb.modelReply}</pre>` : html`<p>${t.noModel}</p>`}
      </section>
      ${reply
        ? html`<section class="card">
            <h2>${t.findings}</h2>
            ${fb.findings.length === 0
              ? html`<p data-testid="findings-none">${t.noFindings}</p>`
              : html`<ul data-testid="findings">
                  ${fb.findings.map(
                    (f) => html`<li class="${f.severity}"><code>${f.code}</code> ${f.message}${f.start !== undefined ? html` — 「<mark>${reply.slice(f.start, f.end)}</mark>」` : ''}</li>`,
                  )}
                </ul>`}
            <pre class="reply">${reply}</pre>
          </section>`
        : ''}
      <p><a class="button" href="/training/drills/${drill.id}">${fb.next === null ? t.results : t.next}</a></p>`,
    lang,
  )
}

export function summaryPage(drill: DrillRow, s: DrillSummary) {
  return layout(
    'Results',
    html`<h1>結果 / Results</h1>
      <p data-testid="score">${drill.trainee_name}: ${s.correct} / ${s.total}</p>
      <table>
        <thead><tr><th>トピック / Topic</th><th>正解 / Right</th></tr></thead>
        <tbody>${s.byTopic.map((t) => html`<tr><td>${TOPIC_LABELS[t.topic] ?? t.topic}</td><td>${t.correct} / ${t.total}</td></tr>`)}</tbody>
      </table>
      <h2>復習 / What to review</h2>
      ${s.review.length === 0
        ? html`<p>全問正解です。/ All right.</p>`
        : html`<ul>${s.review.map((r) => html`<li><strong>${TOPIC_LABELS[r.topic] ?? r.topic}</strong> (${r.scenarioId}): ${r.policyRef}</li>`)}</ul>`}
      <p><a class="button" href="/training">もう一度 / Another drill</a></p>`,
  )
}

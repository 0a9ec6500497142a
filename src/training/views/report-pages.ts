import { html } from 'hono/html'
import type { Report } from '../report'
import { layout } from './layout'
import { TOPIC_LABELS } from './ui'

const pct = (c: number, t: number) => (t === 0 ? '—' : `${Math.round((100 * c) / t)}%`)

export function loginPage(error?: string) {
  return layout(
    'Report',
    html`<h1>レポート / Report</h1>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/training/report/login" class="card">
        <label>管理トークン / Admin token <input name="token" type="password" required autocomplete="current-password" /></label>
        <button type="submit">表示 / Show</button>
      </form>`,
  )
}

export function reportPage(r: Report) {
  return layout(
    'Report',
    html`<h1>トレーニングレポート / Training report</h1>
      <h2>担当者ごとの正答率 / Accuracy per trainee and topic</h2>
      <table data-testid="accuracy">
        <thead><tr><th>担当者 / Trainee</th><th>トピック / Topic</th><th>正解 / Right</th><th>正答率 / Accuracy</th></tr></thead>
        <tbody>${r.trainees.map((t) => html`<tr><td>${t.name}</td><td>${TOPIC_LABELS[t.topic] ?? t.topic}</td><td>${t.correct} / ${t.total}</td><td>${pct(t.correct, t.total)}</td></tr>`)}</tbody>
      </table>
      <h2>よく間違える問題 / Most-missed scenarios</h2>
      <table data-testid="most-missed">
        <thead><tr><th>問題 / Scenario</th><th>トピック / Topic</th><th>不正解 / Missed</th></tr></thead>
        <tbody>${r.mostMissed.map((m) => html`<tr><td>${m.scenarioId}</td><td>${TOPIC_LABELS[m.topic] ?? m.topic}</td><td>${m.missed} / ${m.total}</td></tr>`)}</tbody>
      </table>
      <h2>日ごとの推移 / Progress per day</h2>
      <table data-testid="per-day">
        <thead><tr><th>担当者 / Trainee</th><th>日付 / Day (UTC)</th><th>正解 / Right</th><th>正答率 / Accuracy</th></tr></thead>
        <tbody>${r.perDay.map((d) => html`<tr><td>${d.name}</td><td>${d.day}</td><td>${d.correct} / ${d.total}</td><td>${pct(d.correct, d.total)}</td></tr>`)}</tbody>
      </table>`,
  )
}

import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

// Every value interpolated with html`` is escaped; no inline script or style, so the CSP can forbid both.
export const layout = (title: string, body: Html, lang = 'ja') => html`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — madoguchi</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/css/training.css" />
  </head>
  <body>
    <header><a href="/training">madoguchi · 応対トレーニング / Reply training</a></header>
    <main>${body}</main>
  </body>
</html>`

export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

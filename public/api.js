// Talks to the Worker's JSON API; a 401 (API_TOKEN set, issue 8) asks for a bearer token once per tab.
const TOKEN_KEY = 'madoguchi.apiToken'

export class ApiFailure extends Error {
  constructor(kind, status = 0, code = '', message = '', issues = []) {
    super(message || kind)
    this.kind = kind // 'network' | 'http' | 'auth' | 'bad_response'
    this.status = status
    this.code = code
    this.issues = Array.isArray(issues) ? issues : []
  }
}

const readToken = () => {
  try { return sessionStorage.getItem(TOKEN_KEY) || '' } catch { return '' }
}
const writeToken = (token) => {
  try { token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY) } catch { /* storage off: keep it in memory only */ }
}

async function send(path, body, signal, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  try {
    return await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), signal })
  } catch (err) {
    if (err?.name === 'AbortError') throw err
    throw new ApiFailure('network')
  }
}

// askToken(wasRejected) resolves to a token string, or '' when the user declines.
export async function postJson(path, body, { signal, askToken }) {
  let token = readToken()
  let res = await send(path, body, signal, token)
  if (res.status === 401 && askToken) {
    const fresh = await askToken(Boolean(token))
    if (!fresh) throw new ApiFailure('auth', 401, 'unauthorized')
    writeToken(fresh)
    token = fresh
    res = await send(path, body, signal, token)
    if (res.status === 401) writeToken('')
  }
  let data
  try {
    data = await res.json()
  } catch (err) {
    if (err?.name === 'AbortError') throw err
    throw new ApiFailure(res.ok ? 'bad_response' : 'http', res.status, String(res.status), res.statusText)
  }
  if (!res.ok) {
    const e = data && typeof data === 'object' && data.error && typeof data.error === 'object' ? data.error : {}
    const kind = res.status === 401 ? 'auth' : 'http'
    throw new ApiFailure(kind, res.status, String(e.code ?? res.status), String(e.message ?? res.statusText), e.issues)
  }
  return data
}

// A loose runtime check of the /api/draft answer so a wrong shape shows an error instead of a broken page.
export function looksLikeDraft(d) {
  return Boolean(
    d && typeof d === 'object' &&
    d.analysis && Array.isArray(d.analysis.intents) && Array.isArray(d.analysis.negated) &&
    d.action && typeof d.action.code === 'string' && Array.isArray(d.action.steps) &&
    Array.isArray(d.warnings) && (d.reply === null || typeof d.reply?.body === 'string'),
  )
}

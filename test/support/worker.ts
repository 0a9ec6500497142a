import { exports } from 'cloudflare:workers'

// The Worker's default export, called in-process inside workerd with the real (local) bindings.
const worker = (exports as unknown as { default: { fetch: (req: Request) => Promise<Response> } }).default

export const call = (path: string, init?: RequestInit) => worker.fetch(new Request(`https://madoguchi.test${path}`, init))

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

export const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; issues?: unknown[] } }).error

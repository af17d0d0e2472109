/** An RFC 9457 problem as the services answer it (fields they add, like `errors`, are kept). */
export type Problem = {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: { field?: string; message?: string }[]
  [extra: string]: unknown
}

export class ApiError extends Error {
  readonly problem: Problem
  constructor(problem: Problem) {
    super(describeProblem(problem))
    this.problem = problem
  }
  get status(): number {
    return this.problem.status
  }
}

/** One human sentence for a problem: its detail, the field errors, else its title, else the status. */
export function describeProblem(problem: Problem): string {
  const fieldErrors = (problem.errors ?? [])
    .map((e) => [e.field, e.message].filter(Boolean).join(': '))
    .filter(Boolean)
  const parts = [problem.detail ?? problem.title ?? `HTTP ${problem.status}`, ...fieldErrors]
  return parts.join(' ')
}

export async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      const body = await response.json()
      if (body && typeof body === 'object') return { ...body, status: body.status ?? response.status }
    } catch {
      // not JSON after all: fall through to the status alone
    }
  }
  return { status: response.status, title: response.statusText || undefined }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Calls the gateway with the session cookie; the gateway adds the token. Non-2xx answers throw ApiError. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new ApiError(await toProblem(response))
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const get = <T>(path: string) => request<T>('GET', path)
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body)
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {})

/** Builds a query string from the defined values only. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v))
  const s = search.toString()
  return s ? `?${s}` : ''
}

/** A problem's field errors by field (the first segment of the service's path, e.g. "roles[0]" → "roles"), for
 * showing each next to its field; errors without a field are left to the message of the whole. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const out: Record<string, string> = {}
  for (const e of error.problem.errors ?? []) {
    if (!e.field || !e.message) continue
    const field = e.field.split(/[.[]/)[0]
    out[field] = out[field] ? `${out[field]} ${e.message}` : e.message
  }
  return out
}

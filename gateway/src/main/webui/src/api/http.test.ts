import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, describeProblem, get, query } from './http'

afterEach(() => vi.unstubAllGlobals())

describe('the API client', () => {
  it('turns a problem+json answer into an ApiError that says what is wrong', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ status: 400, title: 'Bad request', detail: 'Invalid values.', errors: [{ field: '[0].period', message: 'must be a year' }] }), { status: 400, headers: { 'content-type': 'application/problem+json' } })))
    const error = await get<never>('/api/x').catch((e: unknown) => e as ApiError)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe('Invalid values. [0].period: must be a year')
  })

  it('copes with an error that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } })))
    const error = await get<never>('/api/x').catch((e: unknown) => e as ApiError)
    expect(error.status).toBe(502)
    expect(describeProblem(error.problem)).toBe('Bad Gateway')
  })

  it('sends the session cookie and reads JSON', async () => {
    const fetch = vi.fn(async () => new Response('{"a":1}', { status: 200, headers: { 'content-type': 'application/json' } }))
    vi.stubGlobal('fetch', fetch)
    expect(await get('/api/me')).toEqual({ a: 1 })
    expect(fetch).toHaveBeenCalledWith('/api/me', expect.objectContaining({ credentials: 'same-origin', method: 'GET' }))
  })

  it('builds queries from the values that are set', () => {
    expect(query({ q: 'hälsa', page: 0, empty: '', none: undefined })).toBe('?q=h%C3%A4lsa&page=0')
    expect(query({})).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/http'
import { contentTypeOf, isAcceptedFile, percentOf, uploadValuesFile, XLSX_TYPE } from './upload'

/** A stand-in for XMLHttpRequest that records the request and answers as told. */
function fakeXhr(status: number, body: string, progress: [number, number][] = []) {
  const sent: { method?: string; url?: string; headers: Record<string, string>; body?: unknown; withCredentials?: boolean } = { headers: {} }
  class Fake {
    status = 0
    statusText = ''
    responseText = ''
    withCredentials = false
    upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    open(method: string, url: string) {
      sent.method = method
      sent.url = url
    }
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value
    }
    send(data: unknown) {
      sent.body = data
      sent.withCredentials = this.withCredentials
      for (const [loaded, total] of progress) this.upload.onprogress?.({ loaded, total, lengthComputable: true })
      this.status = status
      this.responseText = body
      if (status === 0) this.onerror?.()
      else this.onload?.()
    }
  }
  return { Xhr: Fake as unknown as typeof XMLHttpRequest, sent }
}

const csv = new File(['indicatorKey,areaCode,period,gender,value,status\n'], 'värden 2024.csv', { type: 'text/csv' })

describe('file upload of values', () => {
  it('sends the raw file with its type and name, reports progress, and answers the finished job', async () => {
    const { Xhr, sent } = fakeXhr(200, JSON.stringify({ id: 'j1', status: 'succeeded', received: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1 }), [
      [10, 40],
      [40, 40],
    ])
    const seen: number[] = []
    const job = await uploadValuesFile(csv, (p) => seen.push(percentOf(p)!), Xhr)
    expect(job.rejected).toBe(1)
    expect(sent.method).toBe('POST')
    expect(sent.url).toBe('/api/indicators/imports/files?fileName=v%C3%A4rden%202024.csv')
    expect(sent.headers['Content-Type']).toBe('text/csv')
    expect(sent.body).toBe(csv)
    expect(sent.withCredentials).toBe(true)
    expect(seen).toEqual([25, 100])
  })

  it("rejects with the service's problem", async () => {
    const { Xhr } = fakeXhr(400, JSON.stringify({ status: 400, title: 'Invalid request', detail: 'fileName: must be a file name', errors: [{ field: 'fileName', message: 'must be a file name' }] }))
    const error = await uploadValuesFile(csv, () => {}, Xhr).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).message).toContain('must be a file name')
  })

  it('rejects a broken connection with status 0', async () => {
    const { Xhr } = fakeXhr(0, '')
    const error = await uploadValuesFile(csv, () => {}, Xhr).catch((e) => e)
    expect((error as ApiError).status).toBe(0)
  })

  it('reads XLSX by type or name, CSV otherwise, and accepts only those two', () => {
    expect(contentTypeOf({ name: 'a.XLSX', type: '' })).toBe(XLSX_TYPE)
    expect(contentTypeOf({ name: 'a', type: XLSX_TYPE })).toBe(XLSX_TYPE)
    expect(contentTypeOf({ name: 'a.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv')
    expect(isAcceptedFile({ name: 'data.csv' })).toBe(true)
    expect(isAcceptedFile({ name: 'data.xls' })).toBe(false)
    expect(percentOf({ loaded: 5, total: null })).toBeNull()
  })
})

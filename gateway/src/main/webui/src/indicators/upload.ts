import { ApiError, type Problem } from '../api/http'
import type { ImportJob } from '../api/types'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const ACCEPTED = `.csv,.xlsx,text/csv,${XLSX_TYPE}`

/** The media type indicator-service reads the file as: XLSX by its name or type, CSV otherwise. */
export function contentTypeOf(file: { name: string; type: string }): string {
  return file.type === XLSX_TYPE || file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv'
}

/** Only CSV and XLSX files are offered to the service; anything else is refused before sending. */
export function isAcceptedFile(file: { name: string }): boolean {
  return /\.(csv|xlsx)$/i.test(file.name)
}

export type Progress = { loaded: number; total: number | null }

/**
 * Uploads a file of values as the raw body (POST /api/indicators/imports/files?fileName=). XMLHttpRequest, not
 * fetch, because only it reports upload progress. Resolves with the finished job; a non-2xx answer rejects with an
 * ApiError carrying the service's problem.
 */
export function uploadValuesFile(file: File, onProgress: (p: Progress) => void, Xhr: typeof XMLHttpRequest = XMLHttpRequest): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new Xhr()
    xhr.open('POST', `/api/indicators/imports/files?fileName=${encodeURIComponent(file.name)}`)
    xhr.withCredentials = true
    xhr.setRequestHeader('Content-Type', contentTypeOf(file))
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : null })
    xhr.onload = () => {
      const text = xhr.responseText
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve(body as ImportJob)
      } else {
        const problem: Problem =
          body && typeof body === 'object' ? { ...(body as Problem), status: (body as Problem).status ?? xhr.status } : { status: xhr.status, title: xhr.statusText || undefined }
        reject(new ApiError(problem))
      }
    }
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network' }))
    xhr.onabort = () => reject(new ApiError({ status: 0, title: 'aborted' }))
    xhr.send(file)
  })
}

/** Percent done of an upload, or null while the size is not known. */
export function percentOf(p: Progress | null): number | null {
  if (!p || !p.total) return null
  return Math.min(100, Math.round((p.loaded * 100) / p.total))
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import type { ImportJob, Me } from '../api/types'
import { SessionProvider } from '../auth/Session'
import { I18nProvider } from '../i18n/I18n'
import { FileUpload, ImportsPage, KoladaJobs } from './ImportsPage'

afterEach(() => vi.unstubAllGlobals())

const me = (roles: string[], departments: string[] = []): Me => ({ username: 'u', roles, departments, partyGroups: [] })
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } })
const job = (over: Partial<ImportJob>): ImportJob => ({ id: 'j1', kind: 'file', status: 'succeeded', received: 3, inserted: 1, updated: 0, unchanged: 0, rejected: 2, ...over })

/** An XMLHttpRequest whose upload the test drives: progress events, then the answer. */
class ControlledXhr {
  static last: ControlledXhr | null = null
  status = 0
  statusText = ''
  responseText = ''
  withCredentials = false
  url = ''
  headers: Record<string, string> = {}
  body: unknown
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  open(_method: string, url: string) {
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  send(body: unknown) {
    this.body = body
    ControlledXhr.last = this
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true })
  }
  answer(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

function renderWith(ui: React.ReactNode, user: Me | null = me(['editor', 'viewer'], ['miljoforvaltningen'])) {
  return render(
    <I18nProvider lang="sv">
      <SessionProvider me={user}>
        <MemoryRouter>{ui}</MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  )
}

describe('file upload of values', () => {
  it('refuses a file that is neither CSV nor XLSX before sending, next to the field', async () => {
    vi.stubGlobal('XMLHttpRequest', ControlledXhr)
    ControlledXhr.last = null
    renderWith(<FileUpload />)
    const input = screen.getByLabelText('Fil med värden') as HTMLInputElement
    await userEvent.upload(input, new File(['x'], 'värden.pdf', { type: 'application/pdf' }), { applyAccept: false })
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp och importera' }))
    const message = screen.getByText('Filen måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toContain(message.id)
    expect(ControlledXhr.last).toBeNull()
  })

  it('shows the progress in a bar and in words, then the counts and the rejected rows as a table', async () => {
    vi.stubGlobal('XMLHttpRequest', ControlledXhr)
    const fetch = vi.fn(async () =>
      json({ items: [{ line: 3, reason: 'areaCode: no area has the code 9999 (see listAreas)', raw: 'befolkningsokning,9999,2024,T,1.2,final' }, { line: 4, reason: 'value: not a number', raw: 'befolkningsokning,1780,2024,T,abc,final' }], page: 0, size: 200, totalItems: 2, totalPages: 1 }),
    )
    vi.stubGlobal('fetch', fetch)
    renderWith(<FileUpload />)
    const file = new File(['x'.repeat(2048)], 'värden.csv', { type: 'text/csv' })
    await userEvent.upload(screen.getByLabelText('Fil med värden'), file)
    expect(screen.getByText('Vald fil: värden.csv (2 kB)')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp och importera' }))
    const xhr = ControlledXhr.last!
    expect(xhr.url).toBe('/api/indicators/imports/files?fileName=v%C3%A4rden.csv')
    expect(xhr.headers['Content-Type']).toBe('text/csv')
    expect(xhr.body).toBe(file)
    expect((screen.getByRole('button', { name: 'Ladda upp och importera' }) as HTMLButtonElement).disabled).toBe(true)
    xhr.progress(1024, 2048)
    const bar = (await screen.findByRole('progressbar', { name: 'Uppladdning' })) as HTMLProgressElement
    expect(bar.value).toBe(50)
    expect(await screen.findByText('50 % uppladdat (1 kB av 2 kB)')).toBeTruthy()
    xhr.progress(2048, 2048)
    expect(await screen.findByText(/Filen är uppladdad/)).toBeTruthy()
    xhr.answer(200, job({}))
    expect(await screen.findByText(/3 rader lästa: 1 nya, 0 rättade, 0 oförändrade, 2 avvisade/)).toBeTruthy()
    const table = await screen.findByRole('table', { name: 'Avvisade rader (2)' })
    expect(within(table).getByRole('rowheader', { name: '3' })).toBeTruthy()
    expect(within(table).getByText('areaCode: no area has the code 9999 (see listAreas)')).toBeTruthy()
    expect(fetch).toHaveBeenCalledWith('/api/indicators/imports/j1/rejections?size=200', expect.anything())
  })

  it("shows the service's refusal and asks for no rejections when there are none", async () => {
    vi.stubGlobal('XMLHttpRequest', ControlledXhr)
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    renderWith(<FileUpload />)
    await userEvent.upload(screen.getByLabelText('Fil med värden'), new File(['a'], 'a.xlsx'))
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp och importera' }))
    ControlledXhr.last!.answer(403, { status: 403, title: 'Forbidden', detail: 'indicator of another department' })
    expect((await screen.findByRole('alert')).textContent).toContain('Din roll har inte behörighet')
    expect(ControlledXhr.last!.headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('links the template in both formats', () => {
    renderWith(<FileUpload />)
    expect(screen.getByRole('link', { name: /mallen som CSV-fil/ }).getAttribute('href')).toBe('/api/indicators/imports/files/template?format=csv')
    expect(screen.getByRole('link', { name: /mallen som Excel-fil/ }).getAttribute('href')).toBe('/api/indicators/imports/files/template?format=xlsx')
  })
})

describe('the Kolada sync', () => {
  it('lists the recent runs, polls while one runs, and lets a planner cancel it', async () => {
    let polls = 0
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'POST') return json(job({ kind: 'kolada', status: 'cancelled' }))
      polls++
      const running = job({ id: 'k1', kind: 'kolada', status: 'running', received: 0, inserted: 0, rejected: 0, progress: { done: 3, total: 12, unit: 'requests', percent: 25 }, createdBy: 'system', createdAt: '2026-03-01T03:15:00Z' })
      const done = { ...running, status: 'succeeded', progress: { done: 12, total: 12, unit: 'requests', percent: 100 }, received: 500, inserted: 500 }
      return json({ items: [polls < 3 ? running : done], page: 0, size: 10, totalItems: 1, totalPages: 1 })
    })
    vi.stubGlobal('fetch', fetch)
    renderWith(<KoladaJobs me={me(['planner', 'viewer'])} pollMs={20} />)
    const bar = await screen.findByRole('progressbar', { name: 'Förlopp' })
    expect(bar.getAttribute('aria-valuetext')).toBe('25 % klart')
    expect(screen.getByText('Pågår')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Kör nu' }) as HTMLButtonElement).disabled).toBe(true)
    expect(fetch.mock.calls[0][0]).toBe('/api/indicators/imports?kind=kolada&size=10')
    await userEvent.click(screen.getByRole('button', { name: /Avbryt körningen/ }))
    expect(fetch).toHaveBeenCalledWith('/api/indicators/imports/k1/cancellation', expect.objectContaining({ method: 'POST' }))
    expect(await screen.findByText('Klar', {}, { timeout: 3000 })).toBeTruthy()
    expect(screen.getByText(/500 rader lästa/)).toBeTruthy()
    const settled = polls
    await new Promise((r) => setTimeout(r, 100))
    expect(polls).toBe(settled)
    expect((screen.getByRole('button', { name: 'Kör nu' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('starts a run for a planner and says why when the service refuses', async () => {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST' ? json({ status: 409, title: 'Conflict', detail: 'A Kolada sync is already queued or running' }, 409) : json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }),
    )
    vi.stubGlobal('fetch', fetch)
    renderWith(<KoladaJobs me={me(['planner'])} />)
    expect(await screen.findByText('Ingen synkronisering har körts ännu.')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Kör nu' }))
    expect(fetch).toHaveBeenCalledWith('/api/indicators/imports/kolada', expect.objectContaining({ method: 'POST' }))
    expect((await screen.findByRole('alert')).textContent).toContain('A Kolada sync is already queued or running')
  })

  it('offers an editor the list but neither "run now" nor cancel', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ items: [job({ kind: 'kolada', status: 'running' })], page: 0, size: 10, totalItems: 1, totalPages: 1 })))
    renderWith(<KoladaJobs me={me(['editor'], ['miljoforvaltningen'])} pollMs={60_000} />)
    expect(await screen.findByText('Pågår')).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('is not offered to a viewer at all', () => {
    vi.stubGlobal('fetch', vi.fn())
    renderWith(<ImportsPage />, me(['viewer']))
    expect(screen.getByText('Din roll har inte behörighet till det här.')).toBeTruthy()
    expect(screen.queryByLabelText('Fil med värden')).toBeNull()
  })
})

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { AdminUser, Me } from '../api/types'
import { SessionProvider } from '../auth/Session'
import { I18nProvider } from '../i18n/I18n'
import { UsersPage } from './UsersPage'

afterEach(() => vi.unstubAllGlobals())

const adam: Me = { username: 'adam', roles: ['admin', 'viewer'], departments: [], partyGroups: [] }
const groups = {
  departments: [
    { code: 'miljoforvaltningen', name: 'Miljöförvaltningen' },
    { code: 'kommunledningskontoret', name: 'Kommunledningskontoret' },
  ],
  partyGroups: [{ code: 'blagrona-styret', name: 'Blågröna styret' }],
}
const erik: AdminUser = { id: 'u-erik', username: 'erik', firstName: 'Erik', lastName: 'Ek', enabled: true, roles: ['editor', 'viewer'], departments: ['miljoforvaltningen'], partyGroups: [], requiredActions: [] }
const self: AdminUser = { id: 'u-adam', username: 'adam', firstName: 'Adam', lastName: 'Admin', enabled: true, roles: ['admin', 'viewer'], departments: [], partyGroups: [], requiredActions: [] }

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } })

type Call = { method: string; url: string; body?: unknown }
function server(answer: (call: Call) => Response | undefined = () => undefined) {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = { method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(init.body as string) : undefined }
      calls.push(call)
      const given = answer(call)
      if (given) return given
      if (url === '/api/admin/groups') return json(groups)
      if (url.startsWith('/api/admin/users?')) return json({ items: [erik, self], page: 0, size: 100, totalItems: 2, totalPages: 1 })
      return json(erik)
    }),
  )
  return calls
}

function renderPage(me: Me | null = adam) {
  render(
    <I18nProvider lang="sv">
      <SessionProvider me={me}>
        <UsersPage />
      </SessionProvider>
    </I18nProvider>,
  )
}

const writes = (calls: Call[]) => calls.filter((c) => c.method !== 'GET')

describe('creating a user', () => {
  it('says what is wrong next to each field and sends nothing', async () => {
    const calls = server()
    renderPage()
    const form = within((await screen.findByRole('heading', { name: 'Ny användare' })).closest('section')!)
    await userEvent.type(form.getByRole('textbox', { name: /Användarnamn/ }), 'Lena Lund')
    await userEvent.type(form.getByRole('textbox', { name: /E-postadress/ }), 'lena@')
    await userEvent.click(form.getByRole('checkbox', { name: 'läsare' }))
    await userEvent.click(form.getByRole('button', { name: 'Skapa användaren' }))
    const username = form.getByRole('textbox', { name: /Användarnamn/ })
    expect(username.getAttribute('aria-invalid')).toBe('true')
    expect(username.getAttribute('aria-describedby')).toMatch(/-username-error/)
    expect(document.activeElement).toBe(username)
    expect(form.getByText(/Användarnamnet får bara ha små bokstäver/)).toBeTruthy()
    expect(form.getByText(/Skriv en giltig e-postadress/)).toBeTruthy()
    expect(form.getByText('Fyll i Förnamn.')).toBeTruthy()
    expect(form.getByText('Välj minst en roll.')).toBeTruthy()
    expect(writes(calls)).toEqual([])
  })

  it('sends the user with roles and groups, then lists it', async () => {
    const calls = server((c) => (c.method === 'POST' ? json({ ...erik, id: 'u-lena', username: 'lena.lund' }, 201) : undefined))
    renderPage()
    const form = within((await screen.findByRole('heading', { name: 'Ny användare' })).closest('section')!)
    await userEvent.type(form.getByRole('textbox', { name: /Användarnamn/ }), 'lena.lund')
    await userEvent.type(form.getByRole('textbox', { name: /E-postadress/ }), 'lena@karlstad.se')
    await userEvent.type(form.getByRole('textbox', { name: /Förnamn/ }), 'Lena')
    await userEvent.type(form.getByRole('textbox', { name: /Efternamn/ }), 'Lund')
    await userEvent.click(form.getByRole('checkbox', { name: 'redigerare' }))
    await userEvent.click(form.getByRole('checkbox', { name: 'Miljöförvaltningen' }))
    await userEvent.click(form.getByRole('button', { name: 'Skapa användaren' }))
    expect(await form.findByText('Användaren lena.lund är skapad.')).toBeTruthy()
    expect(writes(calls)).toEqual([
      {
        method: 'POST',
        url: '/api/admin/users',
        body: { username: 'lena.lund', email: 'lena@karlstad.se', firstName: 'Lena', lastName: 'Lund', roles: ['viewer', 'editor'], departments: ['miljoforvaltningen'], partyGroups: [] },
      },
    ])
    // the list is asked for again
    expect(calls.filter((c) => c.url.startsWith('/api/admin/users?')).length).toBeGreaterThan(1)
  })

  it("shows the gateway's field error next to the field and a conflict as a message", async () => {
    let answer = json({ status: 400, title: 'Invalid request', detail: 'email: must be a well-formed email address', errors: [{ field: 'email', message: 'must be a well-formed email address' }] }, 400)
    server((c) => (c.method === 'POST' ? answer : undefined))
    renderPage()
    const form = within((await screen.findByRole('heading', { name: 'Ny användare' })).closest('section')!)
    await userEvent.type(form.getByRole('textbox', { name: /Användarnamn/ }), 'lena')
    await userEvent.type(form.getByRole('textbox', { name: /E-postadress/ }), 'lena@x.y')
    await userEvent.type(form.getByRole('textbox', { name: /Förnamn/ }), 'Lena')
    await userEvent.type(form.getByRole('textbox', { name: /Efternamn/ }), 'Lund')
    await userEvent.click(form.getByRole('button', { name: 'Skapa användaren' }))
    expect(await form.findByText('must be a well-formed email address')).toBeTruthy()
    expect(form.getByRole('textbox', { name: /E-postadress/ }).getAttribute('aria-invalid')).toBe('true')
    answer = json({ status: 409, title: 'Conflict', detail: "A user named 'lena' already exists" }, 409)
    await userEvent.click(form.getByRole('button', { name: 'Skapa användaren' }))
    expect((await form.findByRole('alert')).textContent).toContain("A user named 'lena' already exists")
  })
})

describe('editing a user', () => {
  it('changes roles and groups, disables the account and requires a new password', async () => {
    const calls = server()
    renderPage()
    const edit = await screen.findByRole('button', { name: 'Ändra erik' })
    expect(edit.getAttribute('aria-expanded')).toBe('false')
    await userEvent.click(edit)
    expect(edit.getAttribute('aria-expanded')).toBe('true')
    const editor = within(screen.getByRole('region', { name: 'Ändra erik' }))
    expect(document.activeElement).toBe(editor.getByRole('heading', { name: 'Ändra erik' }))
    await userEvent.click(editor.getByRole('checkbox', { name: 'planerare' }))
    await userEvent.click(editor.getByRole('button', { name: 'Spara rollerna' }))
    expect(await editor.findByText('Rollerna för erik är sparade.')).toBeTruthy()
    await userEvent.click(editor.getByRole('checkbox', { name: 'Kommunledningskontoret' }))
    await userEvent.click(editor.getByRole('checkbox', { name: 'Blågröna styret' }))
    await userEvent.click(editor.getByRole('button', { name: 'Spara förvaltningar och partigrupper' }))
    expect(await editor.findByText('Förvaltningar och partigrupper för erik är sparade.')).toBeTruthy()
    await userEvent.click(editor.getByRole('button', { name: 'Stäng av kontot' }))
    expect(await editor.findByText('Kontot erik är avstängt.')).toBeTruthy()
    await userEvent.click(editor.getByRole('button', { name: 'Kräv nytt lösenord' }))
    expect(await editor.findByText('erik måste välja ett nytt lösenord vid nästa inloggning.')).toBeTruthy()
    await userEvent.click(editor.getByRole('button', { name: 'Stäng' }))
    expect(screen.queryByRole('region', { name: 'Ändra erik' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra erik' }))
    expect(writes(calls)).toEqual([
      { method: 'PUT', url: '/api/admin/users/u-erik/roles', body: { roles: ['editor', 'viewer', 'planner'] } },
      { method: 'PUT', url: '/api/admin/users/u-erik/groups', body: { departments: ['miljoforvaltningen', 'kommunledningskontoret'], partyGroups: ['blagrona-styret'] } },
      { method: 'POST', url: '/api/admin/users/u-erik/disable', body: {} },
      { method: 'POST', url: '/api/admin/users/u-erik/password-reset', body: {} },
    ])
  })

  it('keeps an admin from disabling themself and from saving no role', async () => {
    const calls = server((c) => (c.method === 'PUT' ? json({ status: 409, title: 'Conflict', detail: 'You cannot take the admin role from yourself' }, 409) : undefined))
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra adam' }))
    const editor = within(screen.getByRole('region', { name: 'Ändra adam' }))
    expect((editor.getByRole('button', { name: 'Stäng av kontot' }) as HTMLButtonElement).disabled).toBe(true)
    await userEvent.click(editor.getByRole('checkbox', { name: 'administratör' }))
    await userEvent.click(editor.getByRole('checkbox', { name: 'läsare' }))
    expect(editor.getByText('Välj minst en roll.')).toBeTruthy()
    await userEvent.click(editor.getByRole('button', { name: 'Spara rollerna' }))
    expect(writes(calls)).toEqual([])
    await userEvent.click(editor.getByRole('checkbox', { name: 'läsare' }))
    await userEvent.click(editor.getByRole('button', { name: 'Spara rollerna' }))
    expect((await editor.findByRole('alert')).textContent).toContain('You cannot take the admin role from yourself')
  })

  it('is not offered to anyone but admins', () => {
    server()
    renderPage({ username: 'petra', roles: ['planner', 'viewer'], departments: [], partyGroups: [] })
    expect(screen.getByText('Din roll har inte behörighet till det här.')).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })
})

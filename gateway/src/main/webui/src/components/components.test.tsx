// @vitest-environment jsdom
import { describe, expect, it, vi, afterEach } from 'vitest'
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import type { Me } from '../api/types'
import { SessionProvider } from '../auth/Session'
import { I18nProvider } from '../i18n/I18n'
import { ProposalsPage } from '../proposals/ProposalsPage'
import { StatusLabel } from './StatusLabel'
import { Layout } from './Layout'

afterEach(() => vi.unstubAllGlobals())

const plan = { id: 'p1', key: 'k', title: 'Strategisk plan', municipalityCode: '1780', municipalityName: 'Karlstad', currentVersionId: 'v1' }
const tree = { plan, version: { id: 'v1', label: '2024', status: 'adopted' }, sections: [], targetAreas: [] }
const proposals = { items: [{ id: 'x1', planId: 'p1', key: 'x', title: 'Blågröna förslaget', kind: 'revision', status: 'submitted', author: { kind: 'party_group', group: 'blagrona-styret', name: 'Blågröna styret' }, baseVersionId: 'v1', createdAt: '2026-01-01' }], page: 0, size: 200, totalItems: 1, totalPages: 1 }

function fakeServer() {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const body = url === '/public/plan/plans' ? [plan] : url.startsWith('/public/plan/plans/p1/current') ? tree : url.includes('/proposals') ? proposals : null
    return new Response(JSON.stringify(body), { status: body ? 200 : 404, headers: { 'content-type': 'application/json' } })
  }))
}

const user = (roles: string[], extra: Partial<Me> = {}): Me => ({ username: 'x', name: 'X Y', roles, departments: [], partyGroups: [], ...extra })

function renderAs(me: Me | null, ui: React.ReactNode) {
  return render(
    <I18nProvider lang="sv">
      <SessionProvider me={me}>
        <MemoryRouter initialEntries={['/proposals']}>
          <Layout>{ui}</Layout>
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  )
}

describe('status labels', () => {
  it('always carry text and a symbol besides the colour', () => {
    render(
      <I18nProvider lang="sv">
        <StatusLabel status="off_track" />
        <StatusLabel status="something_new" />
      </I18nProvider>,
    )
    expect(screen.getByText('Inte i rätt riktning').className).toContain('status-bad')
    expect(screen.getByText('Okänd status')).toBeTruthy()
  })
})

describe('role-aware shell and proposals', () => {
  it('shows a viewer the proposals but no control to create one', async () => {
    fakeServer()
    renderAs(user(['viewer'], { name: 'Victor Viewer' }), <ProposalsPage />)
    expect(await screen.findByRole('link', { name: 'Blågröna förslaget' }, { timeout: 5000 })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Skapa förslag mot gällande version' })).toBeNull()
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByText(/Inloggad som Victor Viewer/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Logga ut' }).getAttribute('href')).toBe('/logout')
    expect(screen.queryByRole('link', { name: 'Användare' })).toBeNull()
  })

  it('offers a planner the form to create a proposal', async () => {
    fakeServer()
    renderAs(user(['planner', 'viewer']), <ProposalsPage />)
    expect(await screen.findByRole('button', { name: 'Skapa förslag mot gällande version' }, { timeout: 5000 })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: /Förslagets rubrik/ })).toBeTruthy()
  })

  it('offers anonymous visitors a sign-in that comes back to the page, and the public menu only', async () => {
    fakeServer()
    renderAs(null, <ProposalsPage />)
    expect(screen.getByRole('link', { name: 'Logga in' }).getAttribute('href')).toBe('/login?redirect=%2Fproposals')
    expect(screen.queryByRole('link', { name: 'Uppföljning' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).getAttribute('href')).toBe('#main')
    expect(await screen.findByRole('link', { name: 'Blågröna förslaget' }, { timeout: 5000 })).toBeTruthy()
  })
})

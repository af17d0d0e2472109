// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Me } from '../api/types'
import { I18nProvider } from '../i18n/I18n'
import { AssessmentForm, mayAssess } from './AssessmentForm'

afterEach(() => vi.unstubAllGlobals())

const me = (roles: string[], departments: string[] = []): Me => ({ username: 'u', roles, departments, partyGroups: [] })
const erik = me(['editor', 'viewer'], ['miljoforvaltningen'])
const now = new Date('2026-03-01T12:00:00Z')
const assessments = {
  goalId: 'g1',
  goalKey: 'klimat',
  planId: 'p1',
  departments: ['miljoforvaltningen'],
  current: [{ year: 2025, judgement: 'delvis_uppfyllt', judgementLabel: 'Delvis uppfyllt', analysis: 'Utsläppen minskar långsamt.', assessedBy: 'erik', assessedAt: '2026-02-10T09:00:00Z' }],
  history: [
    { year: 2025, judgement: 'delvis_uppfyllt', judgementLabel: 'Delvis uppfyllt', analysis: 'Utsläppen minskar långsamt.', assessedBy: 'erik', assessedAt: '2026-02-10T09:00:00Z' },
    { year: 2025, judgement: 'ej_uppfyllt', judgementLabel: 'Ej uppfyllt', analysis: 'Första utkastet.', assessedBy: 'petra', assessedAt: '2026-01-05T09:00:00Z' },
  ],
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })

function server(onPut: (url: string, body: unknown) => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => (init?.method === 'PUT' ? onPut(url, JSON.parse(init.body as string)) : json(assessments)))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function renderForm(user: Me) {
  const onSaved = vi.fn()
  render(
    <I18nProvider lang="sv">
      <AssessmentForm goalId="g1" me={user} onSaved={onSaved} now={now} />
    </I18nProvider>,
  )
  return onSaved
}

describe('analysis entry per goal', () => {
  it('is offered to planners and to editors of one of the goal’s departments only', () => {
    expect(mayAssess(erik, ['miljoforvaltningen'])).toBe(true)
    expect(mayAssess(me(['editor'], ['kulturforvaltningen']), ['miljoforvaltningen'])).toBe(false)
    expect(mayAssess(me(['planner']), [])).toBe(true)
    expect(mayAssess(me(['viewer'], ['miljoforvaltningen']), ['miljoforvaltningen'])).toBe(false)
  })

  it('shows an editor of another department nothing to edit', async () => {
    server(() => json({}))
    // side by side with erik's form: once his has loaded, so has the other one
    render(
      <I18nProvider lang="sv">
        <AssessmentForm goalId="g1" me={me(['editor', 'viewer'], ['kulturforvaltningen'])} onSaved={() => {}} now={now} />
        <AssessmentForm goalId="g1" me={erik} onSaved={() => {}} now={now} />
      </I18nProvider>,
    )
    expect(await screen.findByRole('heading', { name: 'Bedömning och analys för 2025' })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: 'Spara bedömningen' })).toHaveLength(1)
  })

  it("fills in the year's current entry and lists every earlier entry", async () => {
    server(() => json({}))
    renderForm(erik)
    expect(await screen.findByRole('heading', { name: 'Bedömning och analys för 2025' })).toBeTruthy()
    expect((screen.getByRole('radio', { name: 'Delvis uppfyllt' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('textbox', { name: 'Analys' }) as HTMLTextAreaElement).value).toBe('Utsläppen minskar långsamt.')
    const history = screen.getByRole('table', { name: 'Alla bedömningar av målet, senaste först' })
    expect(within(history).getAllByRole('row')).toHaveLength(3)
    expect(within(history).getByText('Första utkastet.')).toBeTruthy()
    expect(within(history).getByText('petra')).toBeTruthy()
  })

  it('asks for a judgement before sending anything', async () => {
    const fetch = server(() => json({}))
    renderForm(erik)
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'År' }), '2024')
    expect(screen.getByRole('heading', { name: 'Bedömning och analys för 2024' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' }))
    expect(screen.getByText('Välj en bedömning.')).toBeTruthy()
    expect(screen.getByRole('group', { name: /Bedömning/ }).getAttribute('aria-describedby')).toBeTruthy()
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'PUT')).toBe(false)
  })

  it('refuses an analysis over 4000 characters next to the field', async () => {
    const fetch = server(() => json({}))
    renderForm(erik)
    const analysis = (await screen.findByRole('textbox', { name: 'Analys' })) as HTMLTextAreaElement
    await userEvent.clear(analysis)
    await userEvent.click(analysis)
    await userEvent.paste('x'.repeat(4001))
    expect(screen.getByText('Analysen får vara högst 4000 tecken.')).toBeTruthy()
    expect(analysis.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('4001 av högst 4000 tecken')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' }))
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'PUT')).toBe(false)
  })

  it('sends the judgement and analysis for the chosen year and says it is saved', async () => {
    let sent: { url?: string; body?: unknown } = {}
    server((url, body) => {
      sent = { url, body }
      return json({ year: 2024, judgement: 'uppfyllt', judgementLabel: 'Uppfyllt' })
    })
    const onSaved = renderForm(erik)
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'År' }), '2024')
    await userEvent.click(screen.getByRole('radio', { name: 'Uppfyllt' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Analys' }), ' Målet nått. ')
    await userEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' }))
    expect(await screen.findByText('Bedömningen är sparad.')).toBeTruthy()
    expect(sent).toEqual({ url: '/api/reports/goals/g1/assessments/2024', body: { judgement: 'uppfyllt', analysis: 'Målet nått.' } })
    expect(onSaved).toHaveBeenCalled()
  })

  it("shows the service's field error next to its field", async () => {
    server(() =>
      json({ status: 400, title: 'Invalid request', detail: 'analysis: must be at most 4000 characters', errors: [{ field: 'analysis', message: 'must be at most 4000 characters' }] }, 400, 'application/problem+json'),
    )
    renderForm(erik)
    await userEvent.click(await screen.findByRole('button', { name: 'Spara bedömningen' }))
    const message = await screen.findByText('must be at most 4000 characters')
    const analysis = screen.getByRole('textbox', { name: 'Analys' })
    expect(analysis.getAttribute('aria-invalid')).toBe('true')
    expect(analysis.getAttribute('aria-describedby')).toContain(message.id)
  })

  it('shows a refusal without a field as a message of the whole form', async () => {
    server(() => json({ status: 403, title: 'Forbidden', detail: 'not your department' }, 403, 'application/problem+json'))
    renderForm(erik)
    await userEvent.click(await screen.findByRole('button', { name: 'Spara bedömningen' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Din roll har inte behörighet')
  })
})

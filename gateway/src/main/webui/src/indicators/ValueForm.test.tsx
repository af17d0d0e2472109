// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nProvider } from '../i18n/I18n'
import { ValueForm } from './IndicatorPage'

afterEach(() => vi.unstubAllGlobals())

const definition = { id: 'i1', key: 'k', title: 'Andel', unit: 'percent', unitLabel: 'andel (%)', owningDepartment: 'miljoforvaltningen' }

function renderForm() {
  const onSaved = vi.fn()
  render(
    <I18nProvider lang="sv">
      <ValueForm definition={definition} areaCode="1780" areaName="Karlstads kommun" onSaved={onSaved} />
    </I18nProvider>,
  )
  return onSaved
}

describe('value entry', () => {
  it('says what is wrong while typing, next to the field, and sends nothing invalid', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    renderForm()
    const period = screen.getByRole('textbox', { name: /Period/ })
    const value = screen.getByRole('textbox', { name: /Värde/ })
    await userEvent.type(period, '2024H3')
    expect(screen.getByText(/Skriv perioden som ett år/)).toBeTruthy()
    expect(period.getAttribute('aria-invalid')).toBe('true')
    expect(period.getAttribute('aria-describedby')).toBeTruthy()
    await userEvent.type(value, '150')
    expect(screen.getByText('Värdet måste ligga mellan 0 och 100.')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Spara värdet' }))
    expect(fetch).not.toHaveBeenCalled()
  })

  it('sends a corrected value with a decimal comma as a number and reports the outcome', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ inserted: 0, corrected: 1, unchanged: 0, values: [{ period: '2024', outcome: 'corrected' }] }), { status: 200, headers: { 'content-type': 'application/json' } }))
    vi.stubGlobal('fetch', fetch)
    const onSaved = renderForm()
    await userEvent.type(screen.getByRole('textbox', { name: /Period/ }), '2024')
    await userEvent.type(screen.getByRole('textbox', { name: /Värde/ }), '41,5')
    await userEvent.click(screen.getByRole('button', { name: 'Spara värdet' }))
    expect(await screen.findByText('Värdet är rättat.')).toBeTruthy()
    expect(onSaved).toHaveBeenCalled()
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/indicators/definitions/i1/values')
    expect(JSON.parse(init.body as string)).toEqual([{ areaCode: '1780', period: '2024', gender: 'T', value: 41.5, status: 'final' }])
  })
})

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nProvider } from '../i18n/I18n'
import { ReportDownloads } from './ReportDownloads'

function renderDownloads(lang: 'sv' | 'en' = 'sv') {
  render(
    <I18nProvider lang={lang}>
      <ReportDownloads planId="p1" planTitle="Strategisk plan" now={new Date('2026-03-01T12:00:00Z')} />
    </I18nProvider>,
  )
}

describe('report downloads on the follow-up page', () => {
  it('link each format with a text that names it, and open the HTML one in a new tab that says so', () => {
    renderDownloads()
    const html = screen.getByRole('link', { name: 'Strategisk plan – webbsida, öppnas i ny flik (HTML, för skärm och utskrift)' })
    expect(html.getAttribute('href')).toBe('/api/reports/follow-up/plans/p1?format=html')
    expect(html.getAttribute('target')).toBe('_blank')
    expect(html.getAttribute('rel')).toContain('noopener')
    const pdf = screen.getByRole('link', { name: 'Strategisk plan – PDF (tillgänglig PDF, oftast under 1 MB)' })
    expect(pdf.getAttribute('href')).toBe('/api/reports/follow-up/plans/p1?format=pdf')
    expect(pdf.getAttribute('target')).toBeNull()
    expect(screen.getByRole('link', { name: 'Strategisk plan – Excel (XLSX) (kalkylblad, oftast under 500 kB)' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Strategisk plan – CSV (textfil, oftast under 200 kB)' })).toBeTruthy()
  })

  it('follow the chosen year and SDG', async () => {
    renderDownloads()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'År' }), '2024')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Agenda 2030-mål' }), '13')
    expect(screen.getByRole('link', { name: /Strategisk plan – CSV/ }).getAttribute('href')).toBe('/api/reports/follow-up/plans/p1?year=2024&format=csv')
    expect(screen.getByRole('link', { name: /Mål 13 – PDF/ }).getAttribute('href')).toBe('/api/reports/follow-up/sdgs/13?year=2024&format=pdf')
  })

  it('mark their choices as choosing what to read, not as editing (the browser suite finds no edit control for viewers)', () => {
    renderDownloads()
    for (const select of screen.getAllByRole('combobox')) expect(select.classList.contains('view-choice')).toBe(true)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('speak English when the UI does', () => {
    renderDownloads('en')
    expect(screen.getByRole('link', { name: 'Strategisk plan – web page, opens in a new tab (HTML, for screen and print)' })).toBeTruthy()
  })
})

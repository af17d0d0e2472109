// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import type { Change } from '../api/types'
import { I18nProvider } from '../i18n/I18n'
import { withSentence } from './api'
import { mergeRuns, orderChanges } from './changes'
import { TrackedChanges } from './TrackedChanges'

const removedIndicator: Change = {
  itemKind: 'indicator', itemKey: 'halsa:i1', change: 'removed', title: 'Självskattad hälsa', parentKey: 'halsa',
  note: { itemKind: 'indicator', itemKey: 'halsa:i1', comment: 'Mäts inte längre', motivation: 'Ersätts av SCB:s mått' },
}
const changedText: Change = {
  itemKind: 'goal_text', itemKey: 'halsa', change: 'changed', title: 'God hälsa för alla',
  textDiff: [{ role: 'paragraph', runs: [{ mark: 'unchanged', text: 'Alla ska må bra.' }, { mark: 'added', text: ' Ingen ska lämnas utanför.' }, { mark: 'removed', text: ' Gammal mening.' }] }],
}
const newArea: Change = { itemKind: 'target_area', itemKey: 'ny', change: 'added', title: 'Nytt målområde' }

describe('tracked changes', () => {
  it('merges neighbouring runs with the same mark and drops empty ones', () => {
    expect(mergeRuns([{ mark: 'added', text: 'a' }, { mark: 'added', text: 'b' }, { mark: 'unchanged', text: '' }, { mark: 'removed', text: 'c' }])).toEqual([
      { mark: 'added', text: 'ab' },
      { mark: 'removed', text: 'c' },
    ])
  })

  it('orders target areas first, then each goal with its parts', () => {
    expect(orderChanges([removedIndicator, changedText, newArea]).map((c) => c.itemKind)).toEqual(['target_area', 'goal_text', 'indicator'])
  })

  it('marks added and removed text with ins/del and a text marker, so colour is not needed', () => {
    const { container } = render(
      <I18nProvider lang="sv">
        <TrackedChanges changes={[removedIndicator, changedText]} />
      </I18nProvider>,
    )
    const list = container.querySelector<HTMLElement>('ol.changes')!
    const ins = list.querySelector('ins')!
    const del = [...list.querySelectorAll('del')]
    expect(ins.textContent).toBe('[ny] Ingen ska lämnas utanför.')
    expect(del.map((d) => d.textContent)).toEqual(['[borttagen] Gammal mening.', '[borttagen] Självskattad hälsa'])
    expect(within(list).getByText('Mäts inte längre')).toBeTruthy()
    expect(within(list).getByText('Ersätts av SCB:s mått')).toBeTruthy()
    // the legend explains the markers in words
    expect(screen.getByRole('complementary', { name: 'Teckenförklaring' }).textContent).toContain('genomstruken')
  })

  it('says when nothing is changed yet', () => {
    render(
      <I18nProvider lang="en">
        <TrackedChanges changes={[]} />
      </I18nProvider>,
    )
    expect(screen.getByText('The proposal changes nothing yet.')).toBeTruthy()
  })
})

describe('adding a sentence to a goal text', () => {
  it('appends to the last paragraph of the last block without touching the others', () => {
    const before = [{ heading: 'A', paragraphs: ['Ett.', 'Två. '] }, { heading: null, paragraphs: ['Tre.'] }]
    const after = withSentence(before, '  Fyra. ')
    expect(after).toEqual([{ heading: 'A', paragraphs: ['Ett.', 'Två. '] }, { heading: null, paragraphs: ['Tre. Fyra.'] }])
    expect(before[1].paragraphs).toEqual(['Tre.'])
  })

  it('starts a paragraph when the goal has no text, and ignores an empty sentence', () => {
    expect(withSentence([], 'Ny.')).toEqual([{ heading: null, paragraphs: ['Ny.'] }])
    const same = [{ heading: null, paragraphs: ['X.'] }]
    expect(withSentence(same, '  ')).toBe(same)
  })
})

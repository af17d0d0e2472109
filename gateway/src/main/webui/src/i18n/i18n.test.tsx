// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { sv } from './sv'
import { en } from './en'
import { format, I18nProvider, initialLang, translate, useI18n } from './I18n'

describe('message catalogue', () => {
  it('has an English text for every Swedish key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]))
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Inloggad som {name}', { name: 'Petra' })).toBe('Inloggad som Petra')
    expect(format('{a} och {b}', { a: 1 })).toBe('1 och {b}')
    expect(translate('en', 'auth.signedInAs', { name: 'Erik' })).toBe('Signed in as Erik')
  })

  it('starts in Swedish unless the visitor chose English', () => {
    expect(initialLang(undefined)).toBe('sv')
    expect(initialLang({ getItem: () => 'en' })).toBe('en')
    expect(initialLang({ getItem: () => 'de' })).toBe('sv')
  })
})

function Switch() {
  const { t, lang, setLang } = useI18n()
  return <button onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>{t('lang.switchTo')}</button>
}

describe('language switch', () => {
  it('changes the texts and the document language, and remembers the choice', async () => {
    render(
      <I18nProvider>
        <Switch />
      </I18nProvider>,
    )
    expect(document.documentElement.lang).toBe('sv')
    await userEvent.click(screen.getByRole('button', { name: 'In English' }))
    expect(screen.getByRole('button', { name: 'På svenska' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('styrplan.lang')).toBe('en')
  })
})

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { sv, type MessageKey } from './sv'
import { en } from './en'

export type Lang = 'sv' | 'en'
const catalogues: Record<Lang, Record<MessageKey, string>> = { sv, en }
const STORAGE_KEY = 'styrplan.lang'

/** Fills `{name}` placeholders; a placeholder without a value stays visible so a missing argument is noticed. */
export function format(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole))
}

export function translate(lang: Lang, key: MessageKey, args?: Record<string, string | number>): string {
  return format(catalogues[lang][key] ?? sv[key], args)
}

/** The first language the visitor chose before, else Swedish (the site's language), never guessed from the browser. */
export function initialLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  const stored = storage?.getItem(STORAGE_KEY)
  return stored === 'en' ? 'en' : 'sv'
}

type I18n = {
  lang: Lang
  setLang: (lang: Lang) => void
  t: (key: MessageKey, args?: Record<string, string | number>) => string
  formatNumber: (value: number | null | undefined) => string
  formatDate: (iso: string | null | undefined) => string
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang(globalThis.localStorage))
  useEffect(() => {
    // the page's language follows the UI's, for screen readers and hyphenation
    document.documentElement.lang = lang
  }, [lang])
  const setLang = useCallback((next: Lang) => {
    setLangState(next)
    globalThis.localStorage?.setItem(STORAGE_KEY, next)
  }, [])
  const value = useMemo<I18n>(() => {
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB'
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
    return {
      lang,
      setLang,
      t: (key, args) => translate(lang, key, args),
      formatNumber: (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : numbers.format(v)),
      formatDate: (iso) => {
        if (!iso) return '–'
        const d = new Date(iso.length === 10 ? iso + 'T12:00:00' : iso)
        return Number.isNaN(d.getTime()) ? iso : dates.format(d)
      },
    }
  }, [lang, setLang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext)
  if (!ctx) throw new Error('useI18n outside I18nProvider')
  return ctx
}

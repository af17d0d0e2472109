import { useId, useState } from 'react'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { REPORT_FORMATS, reportHref, type ReportScope } from './reports'

/**
 * Links to the follow-up report in each format. The HTML one opens in a new tab (and says so); the others are
 * attachments. Each link text names what, the format and a size hint, so that a list of links read out of context
 * still makes sense.
 */
export function ReportLinks({ scope, name, year }: { scope: ReportScope; name: string; year?: number | null }) {
  const { t } = useI18n()
  return (
    <ul className="downloads">
      {REPORT_FORMATS.map((format) => (
        <li key={format}>
          <a
            href={reportHref(scope, format, year)}
            {...(format === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' })}
            data-format={format}
          >
            {t(`reports.link.${format}` as MessageKey, { name })} <span className="link-hint">({t(`reports.hint.${format}` as MessageKey)})</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** The follow-up page's downloads: the whole plan, or the goals of one SDG, for a chosen year. */
export function ReportDownloads({ planId, planTitle, now = new Date() }: { planId: string; planTitle: string; now?: Date }) {
  const { t } = useI18n()
  const id = useId()
  const [year, setYear] = useState<number | null>(null)
  const [sdg, setSdg] = useState(11)
  const thisYear = now.getFullYear()
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i)
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('reports.title')}</h2>
      <p className="meta">{t('reports.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('reports.year')}</label>
        <select id={`${id}-year`} className="view-choice" value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('reports.latestYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('reports.plan', { name: planTitle })}</h3>
      <ReportLinks scope={{ kind: 'plan', planId }} name={planTitle} year={year} />
      <h3>{t('reports.sdgHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-sdg`}>{t('reports.sdg')}</label>
        <select id={`${id}-sdg`} className="view-choice" value={sdg} onChange={(e) => setSdg(Number(e.target.value))}>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {t('sdg.short', { number: n })}
            </option>
          ))}
        </select>
      </div>
      <ReportLinks scope={{ kind: 'sdg', number: sdg }} name={t('sdg.short', { number: sdg })} year={year} />
    </section>
  )
}

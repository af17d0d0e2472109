import { PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'

/** Where to report accessibility problems; an operator changes it for their organisation. */
export const ACCESSIBILITY_CONTACT = 'tillganglighet@styrplan.se'
/** When the site was last assessed (the browser suite's axe audit and keyboard run). */
export const ASSESSED_ON = '2026-11-27'

export function AccessibilityPage() {
  const { t, formatDate } = useI18n()
  const mail = `mailto:${ACCESSIBILITY_CONTACT}?subject=${encodeURIComponent(t('a11y.reportSubject'))}`
  return (
    <article className="prose">
      <PageHeading title={t('a11y.title')}>{t('a11y.title')}</PageHeading>
      <p className="lead">{t('a11y.intro')}</p>
      <h2>{t('a11y.status')}</h2>
      <p>{t('a11y.statusText')}</p>
      <h2>{t('a11y.known')}</h2>
      <p>{t('a11y.knownText')}</p>
      <h2 id="report">{t('a11y.report')}</h2>
      <p>{t('a11y.reportText')}</p>
      <p>
        <a className="button" href={mail}>
          {t('a11y.reportMail', { email: ACCESSIBILITY_CONTACT })}
        </a>
      </p>
      <h2>{t('a11y.supervision')}</h2>
      <p>{t('a11y.supervisionText')}</p>
      <p>
        <a href="https://www.digg.se/tdosanmalan" hrefLang="sv" rel="noopener noreferrer">
          {t('a11y.supervisionLink')}
        </a>
      </p>
      <h2>{t('a11y.method')}</h2>
      <p>{t('a11y.methodText', { date: formatDate(ASSESSED_ON) })}</p>
    </article>
  )
}

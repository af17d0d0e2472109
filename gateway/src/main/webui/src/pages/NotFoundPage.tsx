import { Link } from 'react-router'
import { PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeading title={t('app.notFound')}>{t('app.notFound')}</PageHeading>
      <p>{t('app.notFound.text')}</p>
      <Link to="/plan">{t('app.backToPlan')}</Link>
    </>
  )
}

import { PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import { useCurrentTree } from '../plan/usePlan'

export function OpenDataPage() {
  const { t } = useI18n()
  const { data: tree } = useCurrentTree()
  return (
    <article className="prose">
      <PageHeading title={t('openData.title')}>{t('openData.title')}</PageHeading>
      <p className="lead">{t('openData.intro')}</p>
      <h2>{t('openData.files')}</h2>
      <ul className="downloads">
        <li>
          <a href="/open-data/">{t('openData.index')}</a>
        </li>
        {tree && (
          <li>
            <a href={`/public/plan/plans/${tree.plan.id}/current`} type="application/json">
              {t('openData.plan')}
            </a>
          </li>
        )}
        <li>
          <a href="/public/plan/sdgs" type="application/json">
            {t('openData.sdgs')}
          </a>
        </li>
        {tree && (
          <li>
            <a href={`/public/plan/proposals?plan=${tree.plan.id}`} type="application/json">
              {t('openData.proposals')}
            </a>
          </li>
        )}
      </ul>
      <p>{t('openData.licence')}</p>
    </article>
  )
}

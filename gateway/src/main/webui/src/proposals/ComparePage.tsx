import { Link, useSearchParams } from 'react-router'
import { useApi } from '../api/useApi'
import { ErrorMessage, Loading, PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import { compareProposals } from './api'
import { changeLabel, kindLabel } from './changes'
import { ChangeItem } from './TrackedChanges'

/** Revisions of one base side by side: a column per proposal, a row per item any of them changes. */
export function ComparePage() {
  const { t } = useI18n()
  const [params] = useSearchParams()
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean)
  const cmp = useApi(ids.length >= 2 ? `compare-${ids.join(',')}` : null, () => compareProposals(ids))
  return (
    <>
      <PageHeading title={t('compare.title')}>{t('compare.title')}</PageHeading>
      {ids.length < 2 && <p>{t('proposals.selectTwo')}</p>}
      {cmp.loading && <Loading />}
      {cmp.error != null && <ErrorMessage error={cmp.error} onRetry={cmp.reload} />}
      {cmp.data && (
        <>
          {cmp.data.conflicts.length > 0 && (
            <section aria-labelledby="conflicts-h" className="notice">
              <h2 id="conflicts-h">{t('compare.conflicts')}</h2>
              <ul>
                {cmp.data.conflicts.map((c) => (
                  <li key={`${c.itemKind}-${c.itemKey}`}>
                    {t(kindLabel[c.itemKind])}: {c.title} – {c.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="table-scroll">
            <table className="side-by-side">
              <caption className="visually-hidden">{t('compare.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.item')}</th>
                  {cmp.data.proposals.map((p) => (
                    <th scope="col" key={p.id}>
                      <Link to={`/proposals/${p.id}`}>{p.title}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cmp.data.items.map((item) => (
                  <tr key={`${item.itemKind}-${item.itemKey}`}>
                    <th scope="row">
                      {t(kindLabel[item.itemKind])}: {item.title}
                    </th>
                    {cmp.data!.proposals.map((p) => {
                      const change = item.changes.find((c) => c.proposalId === p.id)?.change
                      return (
                        <td key={p.id}>
                          {change ? (
                            <ul className="changes compact" aria-label={t(changeLabel[change.change])}>
                              <ChangeItem change={change} />
                            </ul>
                          ) : (
                            <span className="meta">{t('compare.unchanged')}</span>
                          )}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  )
}

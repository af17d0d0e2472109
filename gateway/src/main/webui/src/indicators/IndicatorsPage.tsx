import { useEffect, useId, useState } from 'react'
import { Link } from 'react-router'
import { get, query } from '../api/http'
import type { IndicatorDefinition, Page } from '../api/types'
import { useApi } from '../api/useApi'
import { canEnterValues } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import { mayImport } from './ImportsPage'

export function IndicatorsPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const id = useId()
  const [q, setQ] = useState('')
  const [debounced, setDebounced] = useState('')
  useEffect(() => {
    // ask the service once typing pauses, not on every key
    const timer = setTimeout(() => setDebounced(q.trim()), 300)
    return () => clearTimeout(timer)
  }, [q])
  const list = useApi(me ? `indicators-${debounced}` : null, () =>
    get<Page<IndicatorDefinition>>(`/api/indicators/definitions${query({ q: debounced, size: 200 })}`),
  )
  return (
    <>
      <PageHeading title={t('indicators.title')}>{t('indicators.title')}</PageHeading>
      <p className="lead">{t('indicators.intro')}</p>
      {!me && <LoginRequired />}
      {mayImport(me) && (
        <p>
          <Link to="/indicators/imports">{t('imports.link')}</Link>
        </p>
      )}
      {me && (
        <search className="search">
          <label htmlFor={id}>{t('indicators.search')}</label>
          <input
            id={id}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </search>
      )}
      {list.loading && !list.data && <Loading />}
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && <p>{t('indicators.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('indicators.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.col.title')}</th>
                <th scope="col">{t('indicators.col.unit')}</th>
                <th scope="col">{t('indicators.col.department')}</th>
                <th scope="col">{t('indicators.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/indicators/${d.id}`}>{d.title}</Link>
                    {canEnterValues(me, d.owningDepartment) && <span className="tag">{t('indicators.yours')}</span>}
                  </th>
                  <td>{d.unitLabel ?? d.unit}</td>
                  <td>{d.owningDepartment ?? '–'}</td>
                  <td>{d.source ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

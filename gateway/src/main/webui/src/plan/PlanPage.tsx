import { useId, useMemo, useState } from 'react'
import type { TargetAreaNode } from '../api/types'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18n'
import { ErrorMessage, Loading, PageHeading } from '../components/Feedback'
import { SdgBadge } from '../components/SdgBadge'
import { filterTree, goalCount } from './tree'
import { useCurrentTree } from './usePlan'

export function PlanPage() {
  const { t, formatDate } = useI18n()
  const { data: tree, error, loading, reload } = useCurrentTree()
  const [queryText, setQueryText] = useState('')
  const searchId = useId()
  const areas = useMemo(() => (tree ? filterTree(tree.targetAreas, queryText) : []), [tree, queryText])

  return (
    <>
      <PageHeading title={t('plan.title')}>{tree?.plan.title ?? t('plan.title')}</PageHeading>
      <p className="lead">{t('plan.intro')}</p>
      {loading && !tree && <Loading />}
      {error != null && <ErrorMessage error={error} onRetry={reload} />}
      {tree === null && <p>{t('plan.none')}</p>}
      {tree && (
        <>
          <p className="meta">
            {t('plan.version', {
              label: tree.version.label,
              date: formatDate(tree.version.decidedOn),
              body: tree.version.decidedBy ?? '–',
            })}
          </p>
          <search className="search">
            <label htmlFor={searchId}>{t('plan.search')}</label>
            <input
              id={searchId}
              type="search"
              value={queryText}
              onChange={(e) => setQueryText(e.target.value)}
              aria-describedby={`${searchId}-hint`}
            />
            <p id={`${searchId}-hint`} className="hint">
              {t('plan.searchHint')}
            </p>
          </search>
          <p role="status" className="meta">
            {queryText.trim() ? (areas.length ? t('plan.results', { count: goalCount(areas) }) : t('plan.noResults')) : ''}
          </p>
          <ol className="plan-tree">
            {areas.map((area) => (
              <TargetArea key={area.id} area={area} forceOpen={queryText.trim() !== ''} />
            ))}
          </ol>
        </>
      )}
    </>
  )
}

/** A target area as a disclosure (WAI-ARIA accordion pattern: the button sits inside the heading). */
function TargetArea({ area, forceOpen }: { area: TargetAreaNode; forceOpen: boolean }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(true)
  const listId = useId()
  const shown = open || forceOpen
  return (
    <li className="target-area">
      <h2>
        <button type="button" className="disclosure" aria-expanded={shown} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className="chevron">{shown ? '▾' : '▸'}</span> {area.title}{' '}
          <span className="count">({t('plan.goals', { count: area.goals.length })})</span>
        </button>
      </h2>
      <ol className="goals" id={listId} hidden={!shown}>
        {area.goals.map((goal) => (
          <li key={goal.id} className="goal-card">
            <h3>
              <Link to={`/plan/goals/${encodeURIComponent(goal.key)}`}>{goal.title}</Link>
            </h3>
            {goal.sdgs.length > 0 && (
              <ul className="sdgs" aria-label={t('sdg.heading')}>
                {goal.sdgs.map((s) => (
                  <li key={s.number}>
                    <SdgBadge sdg={s} />
                  </li>
                ))}
              </ul>
            )}
            {goal.indicators.length > 0 && (
              <details className="indicator-list">
                <summary>
                  {t('plan.indicators')} ({goal.indicators.length})
                </summary>
                <ul>
                  {goal.indicators.map((i) => (
                    <li key={i.indicatorId}>{i.title}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </li>
  )
}

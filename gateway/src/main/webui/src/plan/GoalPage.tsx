import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router'
import { get, query } from '../api/http'
import type { GoalReport, IndicatorDefinition, IndicatorLink, OpenGoal, OpenIndicator, Series, Target } from '../api/types'
import { useApi } from '../api/useApi'
import { useSession, loginHref } from '../auth/Session'
import { canEnterValues } from '../auth/roles'
import { ErrorMessage, Loading, PageHeading } from '../components/Feedback'
import { IndicatorChart } from '../components/IndicatorChart'
import { buildChartModel, latestValue } from '../components/chartModel'
import { SdgBadge } from '../components/SdgBadge'
import { StatusLabel } from '../components/StatusLabel'
import { useLiveStatus } from '../followup/useLiveStatus'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { AssessmentForm } from './AssessmentForm'
import { ReportLinks } from '../followup/ReportDownloads'
import { findGoal } from './tree'
import { useCurrentTree } from './usePlan'

export function GoalPage() {
  const { key = '' } = useParams()
  const { t } = useI18n()
  const { me } = useSession()
  const { data: tree, error, loading, reload } = useCurrentTree()
  const found = tree ? findGoal(tree, key) : undefined
  const goal = found?.goal
  const report = useApi(me && goal ? `report-${goal.id}` : null, () => get<GoalReport>(`/api/reports/goals/${goal!.id}`))
  // without a session, the open data has the goal's status and its indicators' published values (if it is there)
  const open = useApi(!me && goal && tree ? `open-${tree.plan.id}-${goal.key}` : null, () =>
    get<OpenGoal>(`/open-data/plans/${tree!.plan.id}/goals/${encodeURIComponent(goal!.key)}.json`),
  )
  const [liveStatus, setLiveStatus] = useState<string | undefined>()
  const [round, setRound] = useState(0)
  useLiveStatus(
    !!me,
    useCallback(
      (change) => {
        if (!goal) return
        if (change.kind === 'goal' && (change.id === goal.id || change.goalKey === goal.key)) {
          setLiveStatus(change.status)
          report.reload()
          open.reload()
        } else if (change.kind === 'indicator' && goal.indicators.some((i) => i.indicatorId === change.id)) {
          report.reload()
          setRound((r) => r + 1)
        }
      },
      [goal, report],
    ),
    !!goal,
  )

  if (loading && !tree) return <Loading />
  if (error) return <ErrorMessage error={error} onRetry={reload} />
  if (!tree || !found || !goal)
    return (
      <>
        <PageHeading title={t('goal.notFound')}>{t('goal.notFound')}</PageHeading>
        <Link to="/plan">{t('app.backToPlan')}</Link>
      </>
    )
  const status = liveStatus ?? report.data?.goal.status ?? open.data?.status ?? undefined
  return (
    <article className="goal-page">
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/plan">{tree.plan.title}</Link>
          </li>
          <li>{found.area.title}</li>
        </ol>
      </nav>
      <PageHeading title={goal.title}>{goal.title}</PageHeading>
      <section aria-labelledby="goal-status">
        <h2 id="goal-status">{t('goal.status')}</h2>
        <p data-testid="goal-status" aria-live="polite">
          {status ? <StatusLabel status={status} /> : me ? (report.loading ? <span className="loading">{t('app.loading')}</span> : <StatusLabel status="not_assessed" />) : t('goal.statusUnknown')}
        </p>
        {report.data && (
          <p className="meta">
            {t('goal.statusSummary', {
              onTrack: report.data.goal.indicators.onTrack,
              counted: report.data.goal.indicators.onTrack + report.data.goal.indicators.offTrack,
            })}
          </p>
        )}
        {report.data?.assessments?.slice(0, 1).map((a) => (
          <div key={a.year} className="assessment">
            <p>
              <strong>
                {a.year}: {a.judgementLabel}
              </strong>
            </p>
            {a.analysis && <p>{a.analysis}</p>}
          </div>
        ))}
        {me && <AssessmentForm goalId={goal.id} me={me} onSaved={report.reload} />}
        {me && (
          <section aria-labelledby="goal-reports">
            <h3 id="goal-reports">{t('reports.goalHeading')}</h3>
            <ReportLinks scope={{ kind: 'goal', goalId: goal.id }} name={goal.title} />
          </section>
        )}
      </section>
      <section aria-labelledby="goal-description">
        <h2 id="goal-description">{t('goal.description')}</h2>
        {goal.description.map((block, i) => (
          <div key={i}>
            {block.heading && <h3>{block.heading}</h3>}
            {block.paragraphs.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </div>
        ))}
        {goal.responsibleBody && <p className="meta">{t('goal.responsible', { body: goal.responsibleBody })}</p>}
      </section>
      {goal.sdgs.length > 0 && (
        <section aria-labelledby="goal-sdgs">
          <h2 id="goal-sdgs">{t('sdg.heading')}</h2>
          <ul className="sdg-links">
            {goal.sdgs.map((s) => (
              <li key={s.number}>
                <SdgBadge sdg={s} link />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="goal-indicators">
        <h2 id="goal-indicators">{t('goal.indicators')}</h2>
        {goal.indicators.length === 0 && <p>{t('goal.noIndicators')}</p>}
        {!me && goal.indicators.length > 0 && !open.loading && !open.data?.indicators.some((i) => i.values.length > 0) && (
          <p className="notice">
            {t('goal.chartsLogin')} <a href={loginHref(location.pathname)}>{t('auth.login')}</a>
          </p>
        )}
        {goal.indicators.map((link) => (
          <IndicatorPanel
            key={link.indicatorId}
            link={link}
            areaCode={tree.plan.municipalityCode}
            signedIn={!!me}
            round={round}
            status={report.data?.indicators.find((i) => i.indicatorId === link.indicatorId)?.status ?? undefined}
            openIndicator={open.data?.indicators.find((i) => i.indicatorId === link.indicatorId)}
          />
        ))}
      </section>
    </article>
  )
}

type PanelData = { definition: IndicatorDefinition; own: Series; women?: Series; men?: Series; riket?: Series; targets: Target[] }

async function loadPanel(id: string, area: string): Promise<PanelData> {
  const base = `/api/indicators/definitions/${id}`
  const optional = <T,>(p: Promise<T>) => p.catch(() => undefined)
  const [definition, own, women, men, riket, targets] = await Promise.all([
    get<IndicatorDefinition>(base),
    get<Series>(`${base}/series${query({ area, gender: 'T' })}`),
    optional(get<Series>(`${base}/series${query({ area, gender: 'K' })}`)),
    optional(get<Series>(`${base}/series${query({ area, gender: 'M' })}`)),
    optional(get<Series>(`${base}/series${query({ area: '0000', gender: 'T' })}`)),
    optional(get<Target[]>(`${base}/targets`)),
  ])
  return { definition, own, women, men, riket, targets: targets ?? [] }
}

function IndicatorPanel(props: {
  link: IndicatorLink
  areaCode: string
  signedIn: boolean
  round: number
  status?: { status?: string; trend?: string; forecast?: { period: string; value: number } | null }
  openIndicator?: OpenIndicator
}) {
  const { link, areaCode, signedIn, round, openIndicator } = props
  const status = props.status ?? (openIndicator ? { status: openIndicator.status ?? undefined, trend: openIndicator.trend ?? undefined } : undefined)
  const { t, formatNumber } = useI18n()
  const { me } = useSession()
  const panel = useApi(signedIn ? `panel-${link.indicatorId}-${round}` : null, () => loadPanel(link.indicatorId, areaCode))
  const headingId = `ind-${link.indicatorId}`
  return (
    <section className="indicator-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{link.title}</h3>
      {status?.status && (
        <p>
          <StatusLabel status={status.status} />
          {status.trend && <span className="meta"> · {t(`trend.${status.trend}` as MessageKey)}</span>}
        </p>
      )}
      {panel.error != null && <ErrorMessage error={panel.error} onRetry={panel.reload} />}
      {panel.loading && !panel.data && <Loading />}
      {!signedIn && openIndicator && openIndicator.values.length > 0 && <OpenChart indicator={openIndicator} areaCode={areaCode} />}
      {panel.data && (
        <>
          <IndicatorChart
            title={t('chart.title', { indicator: panel.data.definition.title })}
            unit={panel.data.definition.unitLabel ?? panel.data.definition.unit}
            model={buildChartModel({
              own: panel.data.own.points,
              women: panel.data.women?.points,
              men: panel.data.men?.points,
              riket: panel.data.riket?.points,
              targets: panel.data.targets,
              forecast: status?.forecast,
            })}
            alt={t('chart.alt', {
              indicator: panel.data.definition.title,
              from: panel.data.own.points[0]?.period ?? '–',
              to: panel.data.own.points.at(-1)?.period ?? '–',
              latest: formatNumber(latestValue(panel.data.own.points)?.value),
            })}
          />
          <p>
            <Link to={`/indicators/${link.indicatorId}`}>
              {canEnterValues(me, panel.data.definition.owningDepartment) ? t('indicator.enter') : t('indicator.values')}: {link.title}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}

/** The chart from the open data's published values: the own municipality (total, women, men) and Riket. */
function OpenChart({ indicator, areaCode }: { indicator: OpenIndicator; areaCode: string }) {
  const { t, formatNumber } = useI18n()
  const pick = (area: string, gender: string) =>
    indicator.values.filter((v) => v.areaCode === area && v.gender === gender).map((v) => ({ period: v.period, value: v.value }))
  const own = pick(areaCode, 'T')
  return (
    <IndicatorChart
      title={t('chart.title', { indicator: indicator.title })}
      unit={indicator.unitLabel ?? indicator.unit}
      model={buildChartModel({ own, women: pick(areaCode, 'K'), men: pick(areaCode, 'M'), riket: pick('0000', 'T') })}
      alt={t('chart.alt', {
        indicator: indicator.title,
        from: own[0]?.period ?? '–',
        to: own.at(-1)?.period ?? '–',
        latest: formatNumber(latestValue(own)?.value),
      })}
    />
  )
}

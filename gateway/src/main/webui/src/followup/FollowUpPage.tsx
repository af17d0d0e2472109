import { useCallback, useState } from 'react'
import { Link } from 'react-router'
import { get } from '../api/http'
import type { GoalsReport } from '../api/types'
import { useApi } from '../api/useApi'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading } from '../components/Feedback'
import { StatusLabel } from '../components/StatusLabel'
import { useI18n } from '../i18n/I18n'
import { useLiveStatus } from './useLiveStatus'
import { useCurrentTree } from '../plan/usePlan'
import { ReportDownloads } from './ReportDownloads'

export function FollowUpPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const [round, setRound] = useState(0)
  const [updated, setUpdated] = useState(false)
  const { data: tree } = useCurrentTree()
  // the plan the site is about (the one the public pages show); every plan when it is not known yet
  const planId = tree?.plan.id
  const report = useApi(me ? `goals-report-${planId ?? 'all'}-${round}` : null, () =>
    get<GoalsReport>(`/api/reports/goals${planId ? `?planId=${planId}` : ''}`),
  )
  useLiveStatus(
    !!me,
    useCallback(() => {
      setRound((r) => r + 1)
      setUpdated(true)
    }, []),
    !!me,
  )
  if (!me) return <LoginRequired />
  const data = report.data
  return (
    <>
      <PageHeading title={t('followUp.title')}>{t('followUp.title')}</PageHeading>
      <p className="lead">{t('followUp.intro')}</p>
      <p className="meta">
        {t('followUp.live')} {t('status.legend')}
      </p>
      <p role="status" className="meta">
        {updated ? t('followUp.updated') : ''}
      </p>
      {report.loading && !data && <Loading />}
      {report.error != null && <ErrorMessage error={report.error} onRetry={report.reload} />}
      {data && data.goals.length === 0 && <p>{t('followUp.none')}</p>}
      {data?.plans.map((plan) => (
        <section key={plan.planId} aria-labelledby={`plan-${plan.planId}`}>
          <h2 id={`plan-${plan.planId}`}>
            {plan.planTitle} – {t('followUp.plan')}: <StatusLabel status={plan.status} />
          </h2>
          {data.targetAreas
            .filter((a) => a.planId === plan.planId)
            .sort((a, b) => a.position - b.position)
            .map((area) => (
              <section key={area.targetAreaId} className="follow-up-area" aria-labelledby={`area-${area.targetAreaId}`}>
                <h3 id={`area-${area.targetAreaId}`}>
                  {area.title}: <StatusLabel status={area.status} />
                </h3>
                <div className="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('followUp.goal')}</th>
                        <th scope="col">{t('proposals.col.status')}</th>
                        <th scope="col">{t('followUp.counted')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.goals
                        .filter((g) => g.targetAreaId === area.targetAreaId)
                        .sort((a, b) => a.position - b.position)
                        .map((g) => (
                          <tr key={g.goalId} data-goal-key={g.goalKey}>
                            <th scope="row">
                              <Link to={`/plan/goals/${encodeURIComponent(g.goalKey)}`}>{g.title}</Link>
                            </th>
                            <td>
                              <StatusLabel status={g.status} />
                            </td>
                            <td>
                              {t('goal.statusSummary', { onTrack: g.indicators.onTrack, counted: g.indicators.onTrack + g.indicators.offTrack })}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </section>
            ))}
        </section>
      ))}
      {tree && <ReportDownloads planId={tree.plan.id} planTitle={tree.plan.title} />}
    </>
  )
}

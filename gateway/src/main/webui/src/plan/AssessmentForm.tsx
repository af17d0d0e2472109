import { useId, useState, type FormEvent } from 'react'
import { fieldErrors, get, put } from '../api/http'
import type { GoalAssessments, Me } from '../api/types'
import { useApi } from '../api/useApi'
import { isPlanner } from '../auth/roles'
import { ErrorMessage, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'

export const JUDGEMENTS = ['uppfyllt', 'delvis_uppfyllt', 'ej_uppfyllt'] as const
export const ANALYSIS_MAX = 4000
/** How many years back the form offers (the service takes 1990 up to the current year). */
const YEARS_BACK = 6

/** May assess the goal: planners and admins, editors of one of the goal's departments (the service decides for real). */
export function mayAssess(me: Me, departments: string[]): boolean {
  return isPlanner(me) || (me.roles.includes('editor') && departments.some((d) => me.departments.includes(d)))
}

/**
 * The owner's judgement of the goal for a year, with the analysis and the earlier entries: planners, and editors of
 * the goal's departments. The service's field errors (problem+json) are shown next to their fields.
 */
export function AssessmentForm({ goalId, me, onSaved, now = new Date() }: { goalId: string; me: Me; onSaved: () => void; now?: Date }) {
  const { t } = useI18n()
  const id = useId()
  const data = useApi(`assessments-${goalId}`, () => get<GoalAssessments>(`/api/reports/goals/${goalId}/assessments`))
  const thisYear = now.getFullYear()
  const [year, setYear] = useState(thisYear - 1)
  // null: not touched for this year, the current entry's values are shown
  const [judgement, setJudgement] = useState<string | null>(null)
  const [analysis, setAnalysis] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<unknown>()
  const [tried, setTried] = useState(false)
  if (!data.data || !mayAssess(me, data.data.departments)) return null
  const current = data.data.current.find((a) => a.year === year)
  const chosen = judgement ?? current?.judgement ?? ''
  const text = analysis ?? current?.analysis ?? ''
  const server = fieldErrors(error)
  const errors: Partial<Record<'judgement' | 'analysis' | 'year', string>> = {
    judgement: tried && !chosen ? t('assessment.chooseJudgement') : server.judgement,
    analysis: text.length > ANALYSIS_MAX ? t('assessment.tooLong', { max: ANALYSIS_MAX }) : server.analysis,
    year: server.year,
  }
  const others = error != null && !server.judgement && !server.analysis && !server.year
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    setSaved(false)
    if (!chosen || text.length > ANALYSIS_MAX) return
    setError(undefined)
    try {
      await put(`/api/reports/goals/${goalId}/assessments/${year}`, { judgement: chosen, analysis: text.trim() || null })
      setSaved(true)
      setJudgement(null)
      setAnalysis(null)
      setTried(false)
      data.reload()
      onSaved()
    } catch (err) {
      setError(err)
    }
  }
  const years = Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i)
  const described = (field: string, hint?: string) => [hint, errors[field as keyof typeof errors] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  return (
    <div className="panel">
      <form onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
        <h3 id={`${id}-h`}>{t('assessment.title', { year })}</h3>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('assessment.year')}</label>
          <select
            id={`${id}-year`}
            value={year}
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={described('year')}
            onChange={(e) => {
              setYear(Number(e.target.value))
              setJudgement(null)
              setAnalysis(null)
              setSaved(false)
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          {errors.year && (
            <p className="field-error" id={`${id}-year-error`}>
              {errors.year}
            </p>
          )}
        </div>
        <fieldset aria-describedby={described('judgement')}>
          <legend>
            {t('assessment.judgement')} <span aria-hidden="true">*</span>
            <span className="visually-hidden"> ({t('form.required')})</span>
          </legend>
          <div className="radio-list">
            {JUDGEMENTS.map((j) => (
              <div key={j}>
                <input type="radio" id={`${id}-${j}`} name={`${id}-j`} value={j} checked={chosen === j} onChange={() => setJudgement(j)} />
                <label htmlFor={`${id}-${j}`}>{t(`assessment.${j}` as MessageKey)}</label>
              </div>
            ))}
          </div>
          {errors.judgement && (
            <p className="field-error" id={`${id}-judgement-error`}>
              {errors.judgement}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-analysis`}>{t('assessment.analysis')}</label>
          <textarea
            id={`${id}-analysis`}
            rows={5}
            value={text}
            aria-invalid={errors.analysis ? true : undefined}
            aria-describedby={described('analysis', `${id}-analysis-count`)}
            onChange={(e) => setAnalysis(e.target.value)}
          />
          <p className="hint" id={`${id}-analysis-count`}>
            {t('assessment.count', { count: text.length, max: ANALYSIS_MAX })}
          </p>
          {errors.analysis && (
            <p className="field-error" id={`${id}-analysis-error`}>
              {errors.analysis}
            </p>
          )}
        </div>
        <button type="submit">{t('assessment.save')}</button>
        {saved && <Success>{t('assessment.saved')}</Success>}
        {others && <ErrorMessage error={error} />}
      </form>
      <AssessmentHistory history={data.data.history} />
    </div>
  )
}

/** Every entry, newest first: who judged what, when. */
function AssessmentHistory({ history }: { history: GoalAssessments['history'] }) {
  const { t, formatDate } = useI18n()
  if (history.length === 0) return <p className="meta">{t('assessment.noHistory')}</p>
  return (
    <details className="subpanel">
      <summary>{t('assessment.history', { count: history.length })}</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('assessment.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.year')}</th>
              <th scope="col">{t('assessment.judgement')}</th>
              <th scope="col">{t('assessment.analysis')}</th>
              <th scope="col">{t('indicator.history.who')}</th>
              <th scope="col">{t('indicator.history.when')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((a, i) => (
              <tr key={`${a.year}-${a.assessedAt ?? i}-${i}`}>
                <th scope="row">{a.year}</th>
                <td>{a.judgementLabel}</td>
                <td className="analysis-cell">{a.analysis || '–'}</td>
                <td>{a.assessedBy ?? '–'}</td>
                <td>{formatDate(a.assessedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

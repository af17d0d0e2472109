import { useId, useState, type FormEvent } from 'react'
import { get, put } from '../api/http'
import type { Assessment, Me } from '../api/types'
import { useApi } from '../api/useApi'
import { isPlanner } from '../auth/roles'
import { ErrorMessage, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'

type GoalAssessments = { departments: string[]; current: Assessment[] }
const JUDGEMENTS = ['uppfyllt', 'delvis_uppfyllt', 'ej_uppfyllt'] as const

/** The owner's judgement of the goal for a year, with the analysis: planners, and editors of the goal's departments. */
export function AssessmentForm({ goalId, me, onSaved }: { goalId: string; me: Me; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const data = useApi(`assessments-${goalId}`, () => get<GoalAssessments>(`/api/reports/goals/${goalId}/assessments`))
  const year = new Date().getFullYear() - 1
  const current = data.data?.current.find((a) => a.year === year)
  const [judgement, setJudgement] = useState<string>('')
  const [analysis, setAnalysis] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<unknown>()
  const mayAssess = isPlanner(me) || (me.roles.includes('editor') && !!data.data?.departments.some((d) => me.departments.includes(d)))
  if (!data.data || !mayAssess) return null
  const chosen = judgement || current?.judgement || ''
  const text = analysis ?? current?.analysis ?? ''
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!chosen) return
    setError(undefined)
    setSaved(false)
    try {
      await put(`/api/reports/goals/${goalId}/assessments/${year}`, { judgement: chosen, analysis: text.trim() || null })
      setSaved(true)
      data.reload()
      onSaved()
    } catch (err) {
      setError(err)
    }
  }
  return (
    <form onSubmit={submit} className="panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('assessment.title', { year })}</h3>
      <fieldset>
        <legend>{t('assessment.judgement')}</legend>
        <div className="radio-list">
          {JUDGEMENTS.map((j) => (
            <div key={j}>
              <input type="radio" id={`${id}-${j}`} name={`${id}-j`} value={j} checked={chosen === j} onChange={() => setJudgement(j)} />
              <label htmlFor={`${id}-${j}`}>{t(`assessment.${j}` as MessageKey)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-analysis`}>{t('assessment.analysis')}</label>
        <textarea id={`${id}-analysis`} rows={4} maxLength={4000} value={text} onChange={(e) => setAnalysis(e.target.value)} />
      </div>
      <button type="submit" disabled={!chosen}>
        {t('assessment.save')}
      </button>
      {saved && <Success>{t('assessment.saved')}</Success>}
      {error != null && <ErrorMessage error={error} />}
    </form>
  )
}

import { useId, useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { get, put, query } from '../api/http'
import type { IndicatorDefinition, RecordResult, Series, Target, ValueHistory } from '../api/types'
import { useApi } from '../api/useApi'
import { canEnterValues } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading, Success } from '../components/Feedback'
import { IndicatorChart } from '../components/IndicatorChart'
import { buildChartModel, latestValue } from '../components/chartModel'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { useCurrentTree } from '../plan/usePlan'
import { normalisePeriod, parseNumber, periodError, valueError, type FieldError } from './validation'

type Data = { definition: IndicatorDefinition; series: Series; targets: Target[] }

export function IndicatorPage() {
  const { id = '' } = useParams()
  const { t, formatNumber, formatDate } = useI18n()
  const { me } = useSession()
  const { data: tree } = useCurrentTree()
  const area = tree?.plan.municipalityCode
  const [round, setRound] = useState(0)
  const [historyOf, setHistoryOf] = useState<string | null>(null)
  const data = useApi(me && area ? `indicator-${id}-${area}-${round}` : null, async (): Promise<Data> => {
    const base = `/api/indicators/definitions/${id}`
    const [definition, series, targets] = await Promise.all([
      get<IndicatorDefinition>(base),
      get<Series>(`${base}/series${query({ area: area!, gender: 'T' })}`),
      get<Target[]>(`${base}/targets`).catch(() => [] as Target[]),
    ])
    return { definition, series, targets }
  })
  if (!me) return <LoginRequired />
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorMessage error={data.error} onRetry={data.reload} />
  if (!data.data) return null
  const { definition, series, targets } = data.data
  const unit = definition.unitLabel ?? definition.unit
  const mayEnter = canEnterValues(me, definition.owningDepartment)
  return (
    <article>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/indicators">{t('indicators.title')}</Link>
          </li>
        </ol>
      </nav>
      <PageHeading title={definition.title}>{definition.title}</PageHeading>
      {definition.description && <p className="lead">{definition.description}</p>}
      {definition.owningDepartment && <p className="meta">{t('indicator.department', { department: definition.owningDepartment })}</p>}
      <IndicatorChart
        title={t('chart.title', { indicator: definition.title })}
        unit={unit}
        model={buildChartModel({ own: series.points, targets })}
        alt={t('chart.alt', {
          indicator: definition.title,
          from: series.points[0]?.period ?? '–',
          to: series.points.at(-1)?.period ?? '–',
          latest: formatNumber(latestValue(series.points)?.value),
        })}
      />
      {mayEnter ? (
        <ValueForm definition={definition} areaCode={area!} areaName={tree?.plan.municipalityName ?? area!} onSaved={() => setRound((r) => r + 1)} />
      ) : (
        <p className="notice">{t('indicator.notOwner')}</p>
      )}
      <section aria-labelledby="values-h">
        <h2 id="values-h">{t('indicator.values')}</h2>
        {series.points.length === 0 ? (
          <p>{t('chart.noData')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('chart.year')}</th>
                  <th scope="col">{t('indicator.history.value')}</th>
                  <th scope="col">{t('indicator.history.source')}</th>
                  <th scope="col">{t('indicator.history')}</th>
                </tr>
              </thead>
              <tbody>
                {[...series.points].reverse().map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td>{formatNumber(p.value)}</td>
                    <td>{p.source ?? '–'}</td>
                    <td>
                      <button type="button" className="link-button" aria-expanded={historyOf === p.period} onClick={() => setHistoryOf(historyOf === p.period ? null : p.period)}>
                        {t('indicator.showHistory', { period: p.period })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {historyOf && <History key={`${historyOf}-${round}`} indicatorId={definition.id} areaCode={area!} period={historyOf} />}
      </section>
      <section aria-labelledby="targets-h">
        <h2 id="targets-h">{t('indicator.targets')}</h2>
        {mayEnter && <TargetForm definition={definition} onSaved={() => setRound((r) => r + 1)} />}
        {targets.length === 0 ? (
          <p>{t('indicator.noTargets')}</p>
        ) : (
          <ul>
            {targets.map((tg) => (
              <li key={`${tg.year}-${tg.gender}`}>
                {tg.year} ({t(`indicator.gender.${tg.gender}` as MessageKey)}): {formatNumber(tg.value)} {unit}
                {tg.comment && <> – {tg.comment}</>}
                {tg.setAt && <span className="meta"> · {formatDate(tg.setAt)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}

function History({ indicatorId, areaCode, period }: { indicatorId: string; areaCode: string; period: string }) {
  const { t, formatNumber, formatDate } = useI18n()
  const h = useApi(`history-${indicatorId}-${period}`, () =>
    get<ValueHistory>(`/api/indicators/definitions/${indicatorId}/values/${areaCode}/${period}/T/history`),
  )
  if (h.loading) return <Loading />
  if (h.error) return <ErrorMessage error={h.error} />
  if (!h.data) return null
  const rows = [
    { value: h.data.current.value, who: h.data.current.recordedBy, when: h.data.current.recordedAt, source: h.data.current.source },
    ...h.data.corrections.map((c) => ({ value: c.value, who: c.recordedBy, when: c.recordedAt, source: c.source })),
  ]
  return (
    <div className="table-scroll" data-testid="value-history">
      <table>
        <caption>{t('indicator.historyFor', { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.history.when')}</th>
            <th scope="col">{t('indicator.history.value')}</th>
            <th scope="col">{t('indicator.history.who')}</th>
            <th scope="col">{t('indicator.history.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{formatDate(r.when)}</td>
              <td>{formatNumber(r.value)}</td>
              <td>{r.who ?? '–'}</td>
              <td>{r.source ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function ValueForm({ definition, areaCode, areaName, onSaved }: { definition: IndicatorDefinition; areaCode: string; areaName: string; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [period, setPeriod] = useState('')
  const [gender, setGender] = useState('T')
  const [value, setValue] = useState('')
  const [touched, setTouched] = useState<{ period?: boolean; value?: boolean }>({})
  const [tried, setTried] = useState(false)
  const [outcome, setOutcome] = useState<MessageKey | null>(null)
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const thisYear = new Date().getFullYear()
  const errors: Record<'period' | 'value', FieldError | null> = {
    period: periodError(period, thisYear),
    value: valueError(value, definition.unit),
  }
  const labels = { period: t('indicator.period'), value: t('indicator.value', { unit: definition.unitLabel ?? definition.unit }) }
  const shown = (f: 'period' | 'value') => (tried || touched[f] ? errors[f] : null)
  const message = (e: FieldError, f: 'period' | 'value') =>
    t(e.key, { ...e.args, field: t(f === 'period' ? 'field.period' : 'field.value') })
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    setOutcome(null)
    if (errors.period || errors.value) return
    setBusy(true)
    setError(undefined)
    try {
      const result = await put<RecordResult>(`/api/indicators/definitions/${definition.id}/values`, [
        { areaCode, period: normalisePeriod(period), gender, value: parseNumber(value), status: 'final' },
      ])
      const o = result.values[0]?.outcome ?? 'inserted'
      setOutcome(`indicator.saved.${o}` as MessageKey)
      onSaved()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const input = (f: 'period' | 'value', props: { inputMode?: 'decimal' | 'text'; value: string; set: (s: string) => void }) => {
    const err = shown(f)
    return (
      <div className="field">
        <label htmlFor={`${id}-${f}`}>
          {labels[f]} <span aria-hidden="true">*</span>
        </label>
        <input
          id={`${id}-${f}`}
          name={f}
          inputMode={props.inputMode}
          autoComplete="off"
          value={props.value}
          aria-required="true"
          aria-invalid={!!err}
          aria-describedby={err ? `${id}-${f}-err` : undefined}
          onChange={(e) => {
            props.set(e.target.value)
            setTouched((t) => ({ ...t, [f]: true }))
          }}
        />
        {err && (
          <p id={`${id}-${f}-err`} className="field-error">
            {message(err, f)}
          </p>
        )}
      </div>
    )
  }
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('indicator.enter')}</h2>
      <p>{t('indicator.enterIntro', { area: areaName })}</p>
      <form onSubmit={submit} noValidate>
        {input('period', { value: period, set: setPeriod })}
        <div className="field">
          <label htmlFor={`${id}-gender`}>{t('indicator.gender')}</label>
          <select id={`${id}-gender`} value={gender} onChange={(e) => setGender(e.target.value)}>
            {['T', 'K', 'M'].map((g) => (
              <option key={g} value={g}>
                {t(`indicator.gender.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {input('value', { inputMode: 'decimal', value, set: setValue })}
        <button type="submit" disabled={busy}>
          {t('indicator.save')}
        </button>
      </form>
      {outcome && <Success>{t(outcome)}</Success>}
      {error != null && <ErrorMessage error={error} />}
    </section>
  )
}

function TargetForm({ definition, onSaved }: { definition: IndicatorDefinition; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [year, setYear] = useState('')
  const [value, setValue] = useState('')
  const [comment, setComment] = useState('')
  const [tried, setTried] = useState(false)
  const [saved, setSaved] = useState(false)
  const [error, setError] = useState<unknown>()
  const yearNumber = Number(year)
  const yearError: FieldError | null = !year.trim()
    ? { key: 'validation.required', args: { field: t('field.year') } }
    : !/^\d{4}$/.test(year.trim()) || yearNumber < 1950 || yearNumber > 2100
      ? { key: 'validation.year' }
      : null
  const valueErr = valueError(value, definition.unit)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    setSaved(false)
    if (yearError || valueErr) return
    setError(undefined)
    try {
      await put(`/api/indicators/definitions/${definition.id}/targets/${yearNumber}`, {
        gender: 'T',
        value: parseNumber(value),
        comment: comment.trim() || null,
      })
      setSaved(true)
      onSaved()
    } catch (err) {
      setError(err)
    }
  }
  const shown = (err: FieldError | null, touched: string) => (tried || touched ? err : null)
  const yErr = shown(yearError, year)
  const vErr = shown(valueErr, value)
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('indicator.setTarget')}</h3>
      <div className="field">
        <label htmlFor={`${id}-year`}>
          {t('indicator.targetYear')} <span aria-hidden="true">*</span>
        </label>
        <input id={`${id}-year`} inputMode="numeric" value={year} aria-required="true" aria-invalid={!!yErr}
          aria-describedby={yErr ? `${id}-year-err` : undefined} onChange={(e) => setYear(e.target.value)} />
        {yErr && <p id={`${id}-year-err`} className="field-error">{t(yErr.key, yErr.args)}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>
          {t('indicator.value', { unit: definition.unitLabel ?? definition.unit })} <span aria-hidden="true">*</span>
        </label>
        <input id={`${id}-value`} inputMode="decimal" value={value} aria-required="true" aria-invalid={!!vErr}
          aria-describedby={vErr ? `${id}-value-err` : undefined} onChange={(e) => setValue(e.target.value)} />
        {vErr && <p id={`${id}-value-err`} className="field-error">{t(vErr.key, { ...vErr.args, field: t('field.value') })}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('proposal.comment')}</label>
        <input id={`${id}-comment`} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <button type="submit">{t('indicator.saveTarget')}</button>
      {saved && <Success>{t('indicator.targetSaved')}</Success>}
      {error != null && <ErrorMessage error={error} />}
    </form>
  )
}

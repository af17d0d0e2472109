import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ApiError, fieldErrors, get, post, query } from '../api/http'
import type { ImportJob, ImportRejection, Me, Page } from '../api/types'
import { useApi } from '../api/useApi'
import { isPlanner } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { ACCEPTED, isAcceptedFile, percentOf, uploadValuesFile, type Progress } from './upload'

/** Who may upload values and follow import jobs: editors (their own departments' rows), planners and admins. */
export const mayImport = (me: Me | null) => !!me && (isPlanner(me) || me.roles.includes('editor'))
/** How often a running Kolada job is asked about. */
export const POLL_MS = 2000
const RUNNING = ['queued', 'running']

export function ImportsPage() {
  const { t } = useI18n()
  const { me } = useSession()
  if (!me) return <LoginRequired />
  return (
    <>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/indicators">{t('indicators.title')}</Link>
          </li>
        </ol>
      </nav>
      <PageHeading title={t('imports.title')}>{t('imports.title')}</PageHeading>
      {!mayImport(me) ? (
        <p className="notice">{t('auth.forbidden')}</p>
      ) : (
        <>
          <FileUpload />
          <KoladaJobs me={me} />
        </>
      )}
    </>
  )
}

/** A size in words: bytes, kB or MB. */
export function formatSize(bytes: number, formatNumber: (n: number) => string): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} kB`
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`
}

/** Upload of a CSV or XLSX file in the template, with a progress bar, the job's counts and the refused rows. */
export function FileUpload() {
  const { t, formatNumber } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [busy, setBusy] = useState(false)
  const [job, setJob] = useState<ImportJob | null>(null)
  const [error, setError] = useState<unknown>()
  const [rejections, setRejections] = useState<Page<ImportRejection> | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) {
      setFileError(t('upload.chooseFile'))
      input.current?.focus()
      return
    }
    if (!isAcceptedFile(file)) {
      setFileError(t('upload.wrongType'))
      input.current?.focus()
      return
    }
    setFileError(null)
    setBusy(true)
    setJob(null)
    setRejections(null)
    setError(undefined)
    setProgress({ loaded: 0, total: file.size })
    try {
      const done = await uploadValuesFile(file, setProgress)
      setJob(done)
      if (done.rejected > 0) setRejections(await get<Page<ImportRejection>>(`/api/indicators/imports/${done.id}/rejections${query({ size: 200 })}`))
    } catch (err) {
      const server = fieldErrors(err)
      if (server.fileName) setFileError(server.fileName)
      else setError(err instanceof ApiError && err.status === 0 ? new Error(t('upload.networkError')) : err)
    } finally {
      setBusy(false)
    }
  }
  const percent = percentOf(progress)
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('upload.title')}</h2>
      <p>{t('upload.intro')}</p>
      <ul className="downloads">
        <li>
          <a href="/api/indicators/imports/files/template?format=csv" download="">
            {t('upload.templateCsv')}
          </a>
        </li>
        <li>
          <a href="/api/indicators/imports/files/template?format=xlsx" download="">
            {t('upload.templateXlsx')}
          </a>
        </li>
      </ul>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('upload.file')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('upload.fileHint')}
          </p>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={ACCEPTED}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${id}-hint`, fileError ? `${id}-file-error` : ''].filter(Boolean).join(' ')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setFileError(null)
            }}
          />
          {fileError && (
            <p className="field-error" id={`${id}-file-error`}>
              {fileError}
            </p>
          )}
          {file && (
            <p className="meta">
              {t('upload.chosen', { name: file.name, size: formatSize(file.size, formatNumber) })}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {t('upload.submit')}
        </button>
      </form>
      {progress && (busy || job) && (
        <div className="field">
          <label htmlFor={`${id}-progress`}>{t('upload.progress')}</label>
          <progress id={`${id}-progress`} max={100} value={percent ?? undefined} aria-describedby={`${id}-progress-text`} />
          <p id={`${id}-progress-text`} className="meta">
            {busy && percent !== null && percent >= 100
              ? t('upload.processing')
              : t('upload.progressText', {
                  percent: percent ?? 0,
                  loaded: formatSize(progress.loaded, formatNumber),
                  total: progress.total ? formatSize(progress.total, formatNumber) : '?',
                })}
          </p>
        </div>
      )}
      {error != null && <ErrorMessage error={error} />}
      {job && <JobResult job={job} />}
      {rejections && <RejectionTable page={rejections} />}
    </section>
  )
}

function JobResult({ job }: { job: ImportJob }) {
  const { t } = useI18n()
  return (
    <Success focus>
      {t(`imports.status.${job.status}` as MessageKey)}: {t('imports.counts', { received: job.received, inserted: job.inserted, updated: job.updated, unchanged: job.unchanged, rejected: job.rejected })}
      {job.failureReason ? ` ${job.failureReason}` : ''}
    </Success>
  )
}

/** The row-level error report: each refused row's line, reason and content. */
export function RejectionTable({ page }: { page: Page<ImportRejection> }) {
  const { t } = useI18n()
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('upload.rejections', { count: page.totalItems })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('upload.col.line')}</th>
            <th scope="col">{t('upload.col.reason')}</th>
            <th scope="col">{t('upload.col.raw')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              <td>{r.reason}</td>
              <td>
                <code>{r.raw ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.totalItems > page.items.length && <p className="meta">{t('upload.moreRejections', { shown: page.items.length, count: page.totalItems })}</p>}
    </div>
  )
}

/** The recent Kolada syncs, polled while one is queued or running; "run now" and cancel for planners and admins. */
export function KoladaJobs({ me, pollMs = POLL_MS }: { me: Me; pollMs?: number }) {
  const { t, formatDate } = useI18n()
  const id = useId()
  const [round, setRound] = useState(0)
  const [started, setStarted] = useState(false)
  const [actionError, setActionError] = useState<unknown>()
  const jobs = useApi(`kolada-${round}`, () => get<Page<ImportJob>>(`/api/indicators/imports${query({ kind: 'kolada', size: 10 })}`))
  const running = !!jobs.data?.items.some((j) => RUNNING.includes(j.status))
  useEffect(() => {
    if (!running) return
    const timer = setTimeout(() => setRound((r) => r + 1), pollMs)
    return () => clearTimeout(timer)
  }, [running, round, pollMs])
  const planner = isPlanner(me)
  const act = async (call: () => Promise<unknown>, afterStart = false) => {
    setActionError(undefined)
    setStarted(false)
    try {
      await call()
      if (afterStart) setStarted(true)
      setRound((r) => r + 1)
    } catch (err) {
      setActionError(err)
    }
  }
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('kolada.title')}</h2>
      <p>{t('kolada.intro')}</p>
      {planner && (
        <p>
          <button type="button" disabled={running} onClick={() => act(() => post('/api/indicators/imports/kolada'), true)}>
            {t('kolada.runNow')}
          </button>{' '}
          {running && <span className="meta">{t('kolada.alreadyRunning')}</span>}
        </p>
      )}
      {started && <Success>{t('kolada.started')}</Success>}
      {actionError != null && <ErrorMessage error={actionError} />}
      {jobs.loading && !jobs.data && <Loading />}
      {jobs.error != null && <ErrorMessage error={jobs.error} onRetry={jobs.reload} />}
      {jobs.data && jobs.data.items.length === 0 && <p>{t('kolada.none')}</p>}
      {jobs.data && jobs.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('kolada.jobs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kolada.col.started')}</th>
                <th scope="col">{t('proposals.col.status')}</th>
                <th scope="col">{t('kolada.col.progress')}</th>
                <th scope="col">{t('kolada.col.counts')}</th>
                <th scope="col">{t('kolada.col.by')}</th>
                {planner && <th scope="col">{t('kolada.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => (
                <tr key={job.id} data-status={job.status}>
                  <th scope="row">{formatDate(job.startedAt ?? job.createdAt)}</th>
                  <td>
                    <span className={`job-status job-${job.status}`}>{t(`imports.status.${job.status}` as MessageKey)}</span>
                    {job.failureReason && <span className="meta"> – {job.failureReason}</span>}
                  </td>
                  <td>
                    <JobProgress job={job} />
                  </td>
                  <td>{t('imports.counts', { received: job.received, inserted: job.inserted, updated: job.updated, unchanged: job.unchanged, rejected: job.rejected })}</td>
                  <td>{job.createdBy ?? '–'}</td>
                  {planner && (
                    <td>
                      {RUNNING.includes(job.status) && (
                        <button type="button" className="button-small" onClick={() => act(() => post(`/api/indicators/imports/${job.id}/cancellation`))}>
                          {t('kolada.cancel')}
                          <span className="visually-hidden"> {formatDate(job.startedAt ?? job.createdAt)}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useI18n()
  const p = job.progress
  if (!RUNNING.includes(job.status)) return <>{job.status === 'succeeded' ? '100 %' : '–'}</>
  const label = p?.percent != null ? t('kolada.percent', { percent: p.percent }) : t('kolada.requests', { done: p?.done ?? 0 })
  return (
    <>
      <progress max={100} value={p?.percent ?? undefined} aria-label={t('kolada.col.progress')} aria-valuetext={label} /> <span>{label}</span>
    </>
  )
}

import { useId, useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import type { Goal, Proposal } from '../api/types'
import { useApi } from '../api/useApi'
import { canEditProposal, isPlanner } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, PageHeading, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import {
  adoptProposal,
  documentHref,
  getChanges,
  getProposal,
  saveNote,
  setIndicators,
  submitProposal,
  updateGoal,
  withSentence,
  workingCopy,
} from './api'
import { TrackedChanges } from './TrackedChanges'

export function ProposalPage() {
  const { id = '' } = useParams()
  const { t, formatDate } = useI18n()
  const { me, loading: sessionLoading } = useSession()
  const [round, setRound] = useState(0)
  const [message, setMessage] = useState<MessageKey | null>(null)
  const signedIn = !!me
  const proposal = useApi(sessionLoading ? null : `proposal-${id}-${signedIn}-${round}`, () => getProposal(signedIn, id))
  const changes = useApi(sessionLoading ? null : `changes-${id}-${signedIn}-${round}`, () => getChanges(signedIn, id))
  const done = (msg: MessageKey) => {
    setMessage(msg)
    setRound((r) => r + 1)
  }
  if (proposal.loading && !proposal.data) return <Loading />
  if (proposal.error) return <ErrorMessage error={proposal.error} onRetry={proposal.reload} />
  const p = proposal.data
  if (!p) return null
  const editable = canEditProposal(me, p)
  return (
    <article>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/proposals">{t('proposals.title')}</Link>
          </li>
        </ol>
      </nav>
      <PageHeading title={p.title}>{p.title}</PageHeading>
      <p className="meta">
        <span className={`proposal-status proposal-${p.status}`} data-testid="proposal-status">
          {t(`proposals.status.${p.status}` as MessageKey)}
        </span>{' '}
        · {p.author.name}
        {p.status === 'adopted' && p.decidedOn && <> · {t('proposal.decision', { date: formatDate(p.decidedOn), body: p.decidedBy ?? '' })}</>}
        {p.caseNumber && <> · {p.caseNumber}</>}
      </p>
      {message && (
        <Success key={message} focus={message !== 'proposal.saved'}>
          {t(message)}
        </Success>
      )}
      <section aria-labelledby="changes-h">
        <h2 id="changes-h">{t('proposal.changes')}</h2>
        <p>
          <a href={documentHref(signedIn, p.id)}>{t('proposal.document')}</a>
        </p>
        {changes.error != null && <ErrorMessage error={changes.error} onRetry={changes.reload} />}
        {changes.data && <TrackedChanges changes={changes.data.changes} />}
      </section>
      {editable && p.draftVersionId && <WorkingCopyEditor proposal={p} onSaved={() => done('proposal.saved')} />}
      {editable && <SubmitProposal proposal={p} onDone={() => done('proposal.submitted')} />}
      {isPlanner(me) && p.status === 'submitted' && p.kind === 'revision' && <AdoptProposal proposal={p} onDone={() => done('proposal.adopted')} />}
    </article>
  )
}

function WorkingCopyEditor({ proposal, onSaved }: { proposal: Proposal; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [round, setRound] = useState(0)
  const copy = useApi(`copy-${proposal.draftVersionId}-${round}`, () => workingCopy(proposal.draftVersionId!))
  const [goalId, setGoalId] = useState('')
  const goals = copy.data?.targetAreas.flatMap((a) => a.goals.map((g) => ({ goal: g, area: a.title }))) ?? []
  const goal = goals.find((g) => g.goal.id === goalId)?.goal
  const saved = () => {
    setRound((r) => r + 1)
    onSaved()
  }
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('proposal.edit')}</h2>
      <p>{t('proposal.editIntro')}</p>
      {copy.error != null && <ErrorMessage error={copy.error} onRetry={copy.reload} />}
      {copy.data && (
        <div className="field">
          <label htmlFor={`${id}-goal`}>{t('proposal.goal')}</label>
          <select id={`${id}-goal`} value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">{t('proposal.chooseGoal')}</option>
            {copy.data.targetAreas.map((a) => (
              <optgroup key={a.id} label={a.title}>
                {a.goals.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {goal && (
        <>
          <RemoveIndicator key={`ri-${goal.id}`} proposal={proposal} goal={goal} onSaved={saved} />
          <AddSentence key={`as-${goal.id}`} proposal={proposal} goal={goal} onSaved={saved} />
        </>
      )}
    </section>
  )
}

function NoteFields({ prefix, comment, motivation, setComment, setMotivation }: {
  prefix: string
  comment: string
  motivation: string
  setComment: (s: string) => void
  setMotivation: (s: string) => void
}) {
  const { t } = useI18n()
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-comment`}>{t('proposal.comment')}</label>
        <textarea id={`${prefix}-comment`} rows={2} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-motivation`}>{t('proposal.motivation')}</label>
        <textarea id={`${prefix}-motivation`} rows={2} maxLength={4000} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      </div>
    </>
  )
}

function RemoveIndicator({ proposal, goal, onSaved }: { proposal: Proposal; goal: Goal; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [indicatorId, setIndicatorId] = useState('')
  const [comment, setComment] = useState('')
  const [motivation, setMotivation] = useState('')
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  if (goal.indicators.length === 0) return null
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!indicatorId) return
    setBusy(true)
    setError(undefined)
    try {
      await setIndicators(goal.id, goal.indicators.filter((i) => i.indicatorId !== indicatorId))
      await saveNote(proposal.id, 'indicator', `${goal.key}:${indicatorId}`, comment, motivation)
      setIndicatorId('')
      setComment('')
      setMotivation('')
      onSaved()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit} className="subpanel" aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>{t('changes.kind.indicator')}</legend>
        <div className="radio-list">
          {goal.indicators.map((i) => (
            <div key={i.indicatorId}>
              <input
                type="radio"
                id={`${id}-${i.indicatorId}`}
                name={`${id}-indicator`}
                value={i.indicatorId}
                checked={indicatorId === i.indicatorId}
                onChange={() => setIndicatorId(i.indicatorId)}
              />
              <label htmlFor={`${id}-${i.indicatorId}`}>{t('proposal.removeIndicator', { title: i.title })}</label>
            </div>
          ))}
        </div>
        <NoteFields prefix={id} comment={comment} motivation={motivation} setComment={setComment} setMotivation={setMotivation} />
        <button type="submit" disabled={busy || !indicatorId}>
          {t('proposal.removeIndicator', { title: goal.indicators.find((i) => i.indicatorId === indicatorId)?.title ?? '…' })}
        </button>
      </fieldset>
      {error != null && <ErrorMessage error={error} />}
    </form>
  )
}

function AddSentence({ proposal, goal, onSaved }: { proposal: Proposal; goal: Goal; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [sentence, setSentence] = useState('')
  const [comment, setComment] = useState('')
  const [motivation, setMotivation] = useState('')
  const [error, setError] = useState<unknown>()
  const [missing, setMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!sentence.trim()) {
      setMissing(true)
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      await updateGoal(goal, withSentence(goal.description, sentence))
      await saveNote(proposal.id, 'goal_text', goal.key, comment, motivation)
      setSentence('')
      setComment('')
      setMotivation('')
      setMissing(false)
      onSaved()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const invalid = missing && !sentence.trim()
  return (
    <form onSubmit={submit} className="subpanel" noValidate aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>{t('changes.kind.goal_text')}</legend>
        <div className="field">
          <label htmlFor={`${id}-sentence`}>
            {t('proposal.addSentence')} <span aria-hidden="true">*</span>
          </label>
          <textarea
            id={`${id}-sentence`}
            rows={2}
            maxLength={2000}
            value={sentence}
            aria-required="true"
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-err` : undefined}
            onChange={(e) => setSentence(e.target.value)}
          />
          {invalid && (
            <p id={`${id}-err`} className="field-error">
              {t('validation.required', { field: t('proposal.addSentence').toLowerCase() })}
            </p>
          )}
        </div>
        <NoteFields prefix={id} comment={comment} motivation={motivation} setComment={setComment} setMotivation={setMotivation} />
        <button type="submit" disabled={busy}>
          {t('proposal.addSentenceButton')}
        </button>
      </fieldset>
      {error != null && <ErrorMessage error={error} />}
    </form>
  )
}

function SubmitProposal({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    try {
      await submitProposal(proposal.id)
      onDone()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="panel" aria-label={t('proposal.submit')}>
      <button type="button" onClick={submit} disabled={busy}>
        {t('proposal.submit')}
      </button>
      {error != null && <ErrorMessage error={error} />}
    </section>
  )
}

function AdoptProposal({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [decidedOn, setDecidedOn] = useState(() => new Date().toISOString().slice(0, 10))
  const [decidedBy, setDecidedBy] = useState('')
  const [caseNumber, setCaseNumber] = useState('')
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const missing = { decidedOn: !decidedOn, decidedBy: !decidedBy.trim() }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (missing.decidedOn || missing.decidedBy) return
    setBusy(true)
    setError(undefined)
    try {
      await adoptProposal(proposal.id, { decidedOn, decidedBy: decidedBy.trim(), caseNumber })
      onDone()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const field = (name: 'decidedOn' | 'decidedBy', label: MessageKey, input: (props: object) => React.ReactNode) => {
    const invalid = tried && missing[name]
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>
          {t(label)} <span aria-hidden="true">*</span>
        </label>
        {input({
          id: `${id}-${name}`,
          'aria-required': true,
          'aria-invalid': invalid,
          'aria-describedby': invalid ? `${id}-${name}-err` : undefined,
        })}
        {invalid && (
          <p id={`${id}-${name}-err`} className="field-error">
            {t('validation.required', { field: t(label).toLowerCase() })}
          </p>
        )}
      </div>
    )
  }
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('proposal.adopt')}</h2>
      <p>{t('proposal.adoptIntro')}</p>
      <form onSubmit={submit} noValidate>
        {field('decidedOn', 'proposal.decidedOn', (props) => (
          <input type="date" {...props} value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
        ))}
        {field('decidedBy', 'proposal.decidedBy', (props) => (
          <input type="text" {...props} maxLength={200} value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} />
        ))}
        <div className="field">
          <label htmlFor={`${id}-case`}>{t('proposal.caseNumber')}</label>
          <input id={`${id}-case`} type="text" maxLength={100} value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {t('proposal.adopt')}
        </button>
        {error != null && <ErrorMessage error={error} />}
      </form>
    </section>
  )
}

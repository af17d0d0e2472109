import { useId, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Proposal } from '../api/types'
import { useApi } from '../api/useApi'
import { canCreateProposal, isPlanner } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { useCurrentTree } from '../plan/usePlan'
import { createProposal, listProposals } from './api'

export function ProposalsPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const navigate = useNavigate()
  const { data: tree, error: treeError, loading: treeLoading } = useCurrentTree()
  const planId = tree?.plan.id
  const list = useApi(planId ? `proposals-${planId}-${!!me}` : null, () => listProposals(!!me, planId!))
  const [selected, setSelected] = useState<string[]>([])
  const [compareHint, setCompareHint] = useState(false)

  const compare = () => {
    if (selected.length < 2) setCompareHint(true)
    else navigate(`/proposals/compare?ids=${selected.join(',')}`)
  }

  return (
    <>
      <PageHeading title={t('proposals.title')}>{t('proposals.title')}</PageHeading>
      <p className="lead">{t('proposals.intro')}</p>
      {treeError != null && <ErrorMessage error={treeError} />}
      {planId && canCreateProposal(me) && <CreateProposal planId={planId} />}
      {(treeLoading || list.loading) && !list.data && <Loading />}
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p>{t('proposals.none')}</p>}
      {list.data && list.data.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="proposals">
              <caption className="visually-hidden">{t('proposals.title')}</caption>
              <thead>
                <tr>
                  {me && <td />}
                  <th scope="col">{t('proposals.col.title')}</th>
                  <th scope="col">{t('proposals.col.kind')}</th>
                  <th scope="col">{t('proposals.col.author')}</th>
                  <th scope="col">{t('proposals.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((p: Proposal) => (
                  <tr key={p.id}>
                    {me && (
                      <td>
                        {p.kind === 'revision' && (
                          <input
                            type="checkbox"
                            aria-label={t('proposals.select', { title: p.title })}
                            checked={selected.includes(p.id)}
                            onChange={(e) =>
                              setSelected((s) => (e.target.checked ? [...s, p.id] : s.filter((id) => id !== p.id)))
                            }
                          />
                        )}
                      </td>
                    )}
                    <th scope="row">
                      <Link to={`/proposals/${p.id}`}>{p.title}</Link>
                    </th>
                    <td>{t(`proposals.kind.${p.kind}` as MessageKey)}</td>
                    <td>{p.author.name}</td>
                    <td>
                      <span className={`proposal-status proposal-${p.status}`}>{t(`proposals.status.${p.status}` as MessageKey)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {me && (
            <p>
              <button type="button" onClick={compare} aria-describedby={compareHint ? 'compare-hint' : undefined}>
                {t('proposals.compare')}
              </button>
              {compareHint && selected.length < 2 && (
                <span id="compare-hint" className="field-error" role="alert">
                  {' '}
                  {t('proposals.selectTwo')}
                </span>
              )}
            </p>
          )}
        </>
      )}
    </>
  )
}

function CreateProposal({ planId }: { planId: string }) {
  const { t } = useI18n()
  const { me } = useSession()
  const navigate = useNavigate()
  const id = useId()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<unknown>()
  const [missing, setMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!title.trim()) {
      setMissing(true)
      return
    }
    setBusy(true)
    try {
      const author = isPlanner(me)
        ? ({ kind: 'central_office', name: me?.name ?? me?.username } as const)
        : ({ kind: 'party_group', group: me!.partyGroups[0], name: me?.name ?? me?.username } as const)
      const created = await createProposal(planId, title.trim(), author)
      navigate(`/proposals/${created.id}`)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('proposals.create')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>
            {t('proposals.createTitle')} <span aria-hidden="true">*</span>
          </label>
          <input
            id={`${id}-title`}
            value={title}
            required
            aria-required="true"
            maxLength={300}
            aria-invalid={missing && !title.trim()}
            aria-describedby={missing && !title.trim() ? `${id}-err` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {missing && !title.trim() && (
            <p id={`${id}-err`} className="field-error">
              {t('validation.required', { field: t('proposals.createTitle').toLowerCase() })}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {t('proposals.createSubmit')}
        </button>
        {error != null && <ErrorMessage error={error} />}
      </form>
    </section>
  )
}

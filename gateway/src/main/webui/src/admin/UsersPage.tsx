import { useId, useState } from 'react'
import { get, query } from '../api/http'
import type { Page } from '../api/types'
import { useApi } from '../api/useApi'
import { isAdmin } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'

type User = { id: string; username: string; firstName?: string; lastName?: string; enabled: boolean; roles: string[]; departments: string[]; partyGroups: string[] }

/** The users and their roles and groups (read-only here; changes go through the gateway's admin API). */
export function UsersPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const id = useId()
  const [search, setSearch] = useState('')
  const [submitted, setSubmitted] = useState('')
  const users = useApi(isAdmin(me) ? `users-${submitted}` : null, () => get<Page<User>>(`/api/admin/users${query({ search: submitted, size: 100 })}`))
  if (!me) return <LoginRequired />
  if (!isAdmin(me)) return <p className="notice">{t('auth.forbidden')}</p>
  return (
    <>
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      <form
        className="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          setSubmitted(search)
        }}
      >
        <label htmlFor={id}>{t('admin.search')}</label>
        <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">{t('admin.search')}</button>
      </form>
      {users.loading && <Loading />}
      {users.error != null && <ErrorMessage error={users.error} onRetry={users.reload} />}
      {users.data && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('admin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.username')}</th>
                <th scope="col">{t('admin.col.name')}</th>
                <th scope="col">{t('admin.col.roles')}</th>
                <th scope="col">{t('admin.col.groups')}</th>
                <th scope="col">{t('admin.col.enabled')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.username}</th>
                  <td>{[u.firstName, u.lastName].filter(Boolean).join(' ')}</td>
                  <td>{u.roles.map((r) => t(`role.${r}` as MessageKey)).join(', ')}</td>
                  <td>{[...u.departments, ...u.partyGroups].join(', ') || '–'}</td>
                  <td>{u.enabled ? t('admin.yes') : t('admin.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

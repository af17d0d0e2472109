import { useId, useState } from 'react'
import { get, query } from '../api/http'
import type { AdminUser, GroupCatalogue, Page } from '../api/types'
import { useApi } from '../api/useApi'
import { isAdmin } from '../auth/roles'
import { useSession } from '../auth/Session'
import { ErrorMessage, Loading, LoginRequired, PageHeading } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { NewUserForm } from './NewUserForm'
import { UserEditor } from './UserEditor'

/** The users with their roles and groups; admins create users and change roles, groups, access and passwords. */
export function UsersPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const id = useId()
  const [search, setSearch] = useState('')
  const [submitted, setSubmitted] = useState('')
  const [round, setRound] = useState(0)
  const [editing, setEditing] = useState<string | null>(null)
  const admin = isAdmin(me)
  const users = useApi(admin ? `users-${submitted}-${round}` : null, () => get<Page<AdminUser>>(`/api/admin/users${query({ search: submitted, size: 100 })}`))
  const groups = useApi(admin ? 'groups' : null, () => get<GroupCatalogue>('/api/admin/groups'))
  if (!me) return <LoginRequired />
  if (!admin) return <p className="notice">{t('auth.forbidden')}</p>
  const groupName = (code: string) => [...(groups.data?.departments ?? []), ...(groups.data?.partyGroups ?? [])].find((g) => g.code === code)?.name ?? code
  const reload = () => setRound((r) => r + 1)
  const editedUser = users.data?.items.find((u) => u.id === editing)
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
      {users.loading && !users.data && <Loading />}
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
                <th scope="col">{t('admin.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.username}</th>
                  <td>{[u.firstName, u.lastName].filter(Boolean).join(' ')}</td>
                  <td>{u.roles.map((r) => t(`role.${r}` as MessageKey)).join(', ')}</td>
                  <td>{[...u.departments, ...u.partyGroups].map(groupName).join(', ') || '–'}</td>
                  <td>{u.enabled ? t('admin.yes') : t('admin.no')}</td>
                  <td>
                    <button type="button" id={`edit-${u.id}`} className="button-small" aria-expanded={editing === u.id} aria-controls={editing === u.id ? 'user-editor' : undefined} onClick={() => setEditing(editing === u.id ? null : u.id)}>
                      {t('admin.edit', { username: u.username })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editedUser && groups.data && (
        <UserEditor
          key={editedUser.id}
          user={editedUser}
          groups={groups.data}
          self={editedUser.username === me.username}
          onChanged={reload}
          onClose={() => {
            // back to the button that opened the editor
            const opener = document.getElementById(`edit-${editedUser.id}`)
            setEditing(null)
            opener?.focus()
          }}
        />
      )}
      {groups.error != null && <ErrorMessage error={groups.error} onRetry={groups.reload} />}
      {groups.data && <NewUserForm groups={groups.data} onCreated={reload} />}
    </>
  )
}

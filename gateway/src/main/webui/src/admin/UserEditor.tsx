import { useEffect, useId, useRef, useState } from 'react'
import { fieldErrors, post, put } from '../api/http'
import type { AdminUser, GroupCatalogue } from '../api/types'
import { ErrorMessage, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { Choices } from './Choices'
import { ROLES } from './users'

/**
 * One user's roles, groups, access and password: each change is its own request (the gateway audits each). The
 * gateway refuses an admin locking themself out (409); its words are shown.
 */
export function UserEditor(props: { user: AdminUser; groups: GroupCatalogue; self: boolean; onChanged: () => void; onClose: () => void }) {
  const { user, groups, self, onChanged, onClose } = props
  const { t } = useI18n()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [roles, setRoles] = useState(user.roles)
  const [departments, setDepartments] = useState(user.departments)
  const [partyGroups, setPartyGroups] = useState(user.partyGroups)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  useEffect(() => heading.current?.focus(), [])
  const run = async (call: () => Promise<unknown>, message: MessageKey) => {
    setBusy(true)
    setDone(null)
    setError(undefined)
    try {
      await call()
      setDone(t(message, { username: user.username }))
      onChanged()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const server = fieldErrors(error)
  const roleError = roles.length === 0 ? t('admin.error.roles') : server.roles
  const passwordPending = user.requiredActions?.includes('UPDATE_PASSWORD')
  return (
    <section id="user-editor" aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('admin.editTitle', { username: user.username })}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (roles.length === 0) return
          run(() => put(`/api/admin/users/${user.id}/roles`, { roles }), 'admin.rolesSaved')
        }}
      >
        <Choices
          idPrefix={`${id}-roles`}
          legend={t('admin.col.roles')}
          options={ROLES.map((r) => ({ code: r, name: t(`role.${r}` as MessageKey) }))}
          chosen={roles}
          onChange={setRoles}
          error={roleError}
        />
        <button type="submit" disabled={busy}>
          {t('admin.saveRoles')}
        </button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          run(() => put(`/api/admin/users/${user.id}/groups`, { departments, partyGroups }), 'admin.groupsSaved')
        }}
      >
        <Choices idPrefix={`${id}-departments`} legend={t('admin.departments')} options={groups.departments} chosen={departments} onChange={setDepartments} error={server.departments} />
        {groups.partyGroups.length > 0 && (
          <Choices idPrefix={`${id}-partyGroups`} legend={t('admin.partyGroups')} options={groups.partyGroups} chosen={partyGroups} onChange={setPartyGroups} error={server.partyGroups} />
        )}
        <button type="submit" disabled={busy}>
          {t('admin.saveGroups')}
        </button>
      </form>
      <h3>{t('admin.access')}</h3>
      <p>
        {user.enabled ? t('admin.isEnabled') : t('admin.isDisabled')}
        {passwordPending ? ` ${t('admin.passwordPending')}` : ''}
      </p>
      <p className="button-row">
        {user.enabled ? (
          <button type="button" disabled={busy || self} onClick={() => run(() => post(`/api/admin/users/${user.id}/disable`), 'admin.disabled')}>
            {t('admin.disable')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => run(() => post(`/api/admin/users/${user.id}/enable`), 'admin.enabled')}>
            {t('admin.enable')}
          </button>
        )}{' '}
        <button type="button" disabled={busy} onClick={() => run(() => post(`/api/admin/users/${user.id}/password-reset`), 'admin.passwordReset')}>
          {t('admin.resetPassword')}
        </button>{' '}
        <button type="button" className="button-plain" onClick={onClose}>
          {t('admin.close')}
        </button>
      </p>
      {self && <p className="hint">{t('admin.selfHint')}</p>}
      {done && <Success>{done}</Success>}
      {error != null && !server.roles && !server.departments && !server.partyGroups && <ErrorMessage error={error} />}
    </section>
  )
}

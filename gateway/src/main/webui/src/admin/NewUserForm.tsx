import { useId, useState, type FormEvent } from 'react'
import { fieldErrors, post } from '../api/http'
import type { AdminUser, GroupCatalogue } from '../api/types'
import { ErrorMessage, Success } from '../components/Feedback'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/sv'
import { Choices } from './Choices'
import { checkNewUser, newUserBody, ROLES, type NewUserInput } from './users'

const EMPTY: NewUserInput = { username: '', email: '', firstName: '', lastName: '', roles: ['viewer'], departments: [], partyGroups: [], temporaryPassword: '' }
const TEXT_FIELDS = [
  { name: 'username', type: 'text', autoComplete: 'off' },
  { name: 'email', type: 'email', autoComplete: 'off' },
  { name: 'firstName', type: 'text', autoComplete: 'off' },
  { name: 'lastName', type: 'text', autoComplete: 'off' },
  { name: 'temporaryPassword', type: 'password', autoComplete: 'new-password' },
] as const

/** Creates a user with roles and groups (POST /api/admin/users); errors are shown next to their fields. */
export function NewUserForm({ groups, onCreated }: { groups: GroupCatalogue; onCreated: (user: AdminUser) => void }) {
  const { t } = useI18n()
  const id = useId()
  const [input, setInput] = useState<NewUserInput>(EMPTY)
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<unknown>()
  const [created, setCreated] = useState<string | null>(null)
  const local = tried ? checkNewUser(input) : {}
  const server = fieldErrors(error)
  const messageOf = (name: keyof NewUserInput): string | undefined => {
    const code = local[name]
    if (code) return t(`admin.error.${code}` as MessageKey, { field: t(`admin.field.${name}` as MessageKey) })
    return server[name]
  }
  const set = (name: keyof NewUserInput, value: string | string[]) => setInput((i) => ({ ...i, [name]: value }))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    setCreated(null)
    const problems = checkNewUser(input)
    if (Object.keys(problems).length > 0) {
      const first = Object.keys(problems)[0]
      // the first field in error, or the first checkbox of the roles
      const target = document.getElementById(`${id}-${first}`) ?? document.getElementById(`${id}-${first}-${ROLES[0]}`)
      target?.focus()
      return
    }
    setError(undefined)
    try {
      const user = await post<AdminUser>('/api/admin/users', newUserBody(input))
      setCreated(user.username)
      setInput(EMPTY)
      setTried(false)
      onCreated(user)
    } catch (err) {
      setError(err)
    }
  }
  const unplaced = error != null && Object.keys(server).length === 0
  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('admin.create')}</h2>
      <p className="hint">{t('admin.createHint')}</p>
      <form onSubmit={submit} noValidate>
        {TEXT_FIELDS.map(({ name, type, autoComplete }) => {
          const message = messageOf(name)
          const optional = name === 'temporaryPassword'
          return (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>
                {t(`admin.field.${name}` as MessageKey)}
                {!optional && (
                  <>
                    {' '}
                    <span aria-hidden="true">*</span>
                  </>
                )}
              </label>
              {(name === 'username' || optional) && (
                <p className="hint" id={`${id}-${name}-hint`}>
                  {t(`admin.hint.${name}` as MessageKey)}
                </p>
              )}
              <input
                id={`${id}-${name}`}
                type={type}
                autoComplete={autoComplete}
                required={!optional}
                value={input[name]}
                aria-invalid={message ? true : undefined}
                aria-describedby={
                  [name === 'username' || optional ? `${id}-${name}-hint` : '', message ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined
                }
                onChange={(e) => set(name, e.target.value)}
              />
              {message && (
                <p className="field-error" id={`${id}-${name}-error`}>
                  {message}
                </p>
              )}
            </div>
          )
        })}
        <Choices
          idPrefix={`${id}-roles`}
          legend={t('admin.col.roles')}
          options={ROLES.map((r) => ({ code: r, name: t(`role.${r}` as MessageKey) }))}
          chosen={input.roles}
          onChange={(v) => set('roles', v)}
          error={messageOf('roles')}
        />
        <Choices
          idPrefix={`${id}-departments`}
          legend={t('admin.departments')}
          options={groups.departments}
          chosen={input.departments}
          onChange={(v) => set('departments', v)}
          error={messageOf('departments')}
        />
        {groups.partyGroups.length > 0 && (
          <Choices
            idPrefix={`${id}-partyGroups`}
            legend={t('admin.partyGroups')}
            options={groups.partyGroups}
            chosen={input.partyGroups}
            onChange={(v) => set('partyGroups', v)}
            error={messageOf('partyGroups')}
          />
        )}
        <button type="submit">{t('admin.createSubmit')}</button>
      </form>
      {created && <Success>{t('admin.created', { username: created })}</Success>}
      {unplaced && <ErrorMessage error={error} />}
    </section>
  )
}

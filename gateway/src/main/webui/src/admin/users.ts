// What the admin forms check before sending: the gateway's rules (NewUser, RolesUpdate), said in the UI's words.

export const ROLES = ['admin', 'planner', 'editor', 'viewer'] as const
export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type NewUserInput = {
  username: string
  email: string
  firstName: string
  lastName: string
  roles: string[]
  departments: string[]
  partyGroups: string[]
  temporaryPassword: string
}

export type NewUserErrors = Partial<Record<keyof NewUserInput, 'required' | 'username' | 'email' | 'password' | 'tooLong' | 'roles'>>

export function checkNewUser(u: NewUserInput): NewUserErrors {
  const errors: NewUserErrors = {}
  if (!u.username.trim()) errors.username = 'required'
  else if (!USERNAME.test(u.username)) errors.username = 'username'
  if (!u.email.trim()) errors.email = 'required'
  else if (!EMAIL.test(u.email.trim()) || u.email.length > 254) errors.email = 'email'
  for (const name of ['firstName', 'lastName'] as const) {
    if (!u[name].trim()) errors[name] = 'required'
    else if (u[name].length > 100) errors[name] = 'tooLong'
  }
  if (u.roles.length === 0) errors.roles = 'roles'
  if (u.temporaryPassword && (u.temporaryPassword.length < 8 || u.temporaryPassword.length > 128)) errors.temporaryPassword = 'password'
  return errors
}

/** The body for POST /api/admin/users: trimmed, and without an empty password. */
export function newUserBody(u: NewUserInput) {
  return {
    username: u.username.trim(),
    email: u.email.trim(),
    firstName: u.firstName.trim(),
    lastName: u.lastName.trim(),
    roles: u.roles,
    departments: u.departments,
    partyGroups: u.partyGroups,
    ...(u.temporaryPassword ? { temporaryPassword: u.temporaryPassword } : {}),
  }
}

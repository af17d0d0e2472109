import { describe, expect, it } from 'vitest'
import { checkNewUser, newUserBody, type NewUserInput } from './users'

const valid: NewUserInput = {
  username: 'lena.lund',
  email: 'lena@karlstad.se',
  firstName: 'Lena',
  lastName: 'Lund',
  roles: ['editor'],
  departments: ['miljoforvaltningen'],
  partyGroups: [],
  temporaryPassword: '',
}

describe('a new user before it is sent', () => {
  it('passes when it follows the gateway rules', () => {
    expect(checkNewUser(valid)).toEqual({})
  })

  it('names each field that breaks a rule', () => {
    expect(
      checkNewUser({ ...valid, username: 'Lena Lund', email: 'lena@', firstName: ' ', lastName: 'x'.repeat(101), roles: [], temporaryPassword: 'short' }),
    ).toEqual({ username: 'username', email: 'email', firstName: 'required', lastName: 'tooLong', roles: 'roles', temporaryPassword: 'password' })
    expect(checkNewUser({ ...valid, username: '' }).username).toBe('required')
    expect(checkNewUser({ ...valid, username: 'l' }).username).toBe('username')
  })

  it('is sent trimmed and without an empty password', () => {
    const body = newUserBody({ ...valid, email: ' lena@karlstad.se ' })
    expect(body.email).toBe('lena@karlstad.se')
    expect('temporaryPassword' in body).toBe(false)
    expect(newUserBody({ ...valid, temporaryPassword: 'secret-123' }).temporaryPassword).toBe('secret-123')
  })
})

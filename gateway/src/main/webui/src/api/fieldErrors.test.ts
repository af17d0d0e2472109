import { describe, expect, it } from 'vitest'
import { ApiError, fieldErrors } from './http'

describe('field errors of a problem', () => {
  it('groups the messages by the first segment of the field path', () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      errors: [
        { field: 'analysis', message: 'must be at most 4000 characters' },
        { field: 'roles[0]', message: 'must not be blank' },
        { field: 'roles[1]', message: 'is not a role' },
        { message: 'no field at all' },
      ],
    })
    expect(fieldErrors(error)).toEqual({ analysis: 'must be at most 4000 characters', roles: 'must not be blank is not a role' })
  })

  it('has nothing for errors that are not problems', () => {
    expect(fieldErrors(new Error('boom'))).toEqual({})
    expect(fieldErrors(new ApiError({ status: 409, detail: 'taken' }))).toEqual({})
  })
})

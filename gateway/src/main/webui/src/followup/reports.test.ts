import { describe, expect, it } from 'vitest'
import { reportHref } from './reports'

describe('follow-up report addresses', () => {
  it('name the plan, goal or SDG, the format and the year when chosen', () => {
    expect(reportHref({ kind: 'plan', planId: 'p 1' }, 'pdf', 2025)).toBe('/api/reports/follow-up/plans/p%201?year=2025&format=pdf')
    expect(reportHref({ kind: 'goal', goalId: 'g1' }, 'xlsx')).toBe('/api/reports/follow-up/goals/g1?format=xlsx')
    expect(reportHref({ kind: 'sdg', number: 13 }, 'csv', null)).toBe('/api/reports/follow-up/sdgs/13?format=csv')
  })
})

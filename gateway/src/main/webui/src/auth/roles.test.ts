import { describe, expect, it } from 'vitest'
import type { Me } from '../api/types'
import { canCreateProposal, canEditProposal, canEnterValues, isPlanner } from './roles'

const me = (roles: string[], departments: string[] = [], partyGroups: string[] = []): Me => ({ username: 'u', roles, departments, partyGroups })
const petra = me(['planner', 'viewer'])
const erik = me(['editor', 'viewer'], ['miljoforvaltningen'])
const victor = me(['viewer'])
const bo = me(['viewer'], [], ['blagrona-styret'])

describe('what each role is offered', () => {
  it('lets planners and admins plan, nobody else', () => {
    expect(isPlanner(petra)).toBe(true)
    expect(isPlanner(me(['admin']))).toBe(true)
    expect(isPlanner(erik)).toBe(false)
    expect(isPlanner(null)).toBe(false)
  })

  it('lets an editor enter values only for their own departments', () => {
    expect(canEnterValues(erik, 'miljoforvaltningen')).toBe(true)
    expect(canEnterValues(erik, 'kommunledningskontoret')).toBe(false)
    expect(canEnterValues(erik, null)).toBe(false)
    expect(canEnterValues(petra, 'kommunledningskontoret')).toBe(true)
    expect(canEnterValues(victor, 'miljoforvaltningen')).toBe(false)
  })

  it("offers a draft's editing to planners and the author's party group only", () => {
    const draft = { status: 'draft', author: { group: 'blagrona-styret' } }
    expect(canEditProposal(petra, draft)).toBe(true)
    expect(canEditProposal(bo, draft)).toBe(true)
    expect(canEditProposal(victor, draft)).toBe(false)
    expect(canEditProposal(petra, { ...draft, status: 'submitted' })).toBe(false)
  })

  it('gives viewers no way to create proposals', () => {
    expect(canCreateProposal(victor)).toBe(false)
    expect(canCreateProposal(erik)).toBe(false)
    expect(canCreateProposal(bo)).toBe(true)
    expect(canCreateProposal(petra)).toBe(true)
  })
})

import type { Me } from '../api/types'

// What the UI offers each role. The services decide for real; this only hides controls a role cannot use.

export const isPlanner = (me: Me | null) => !!me && (me.roles.includes('planner') || me.roles.includes('admin'))
export const isAdmin = (me: Me | null) => !!me && me.roles.includes('admin')

/** May edit a proposal's working copy: planners, and a party group's members for their group's draft. */
export function canEditProposal(me: Me | null, proposal: { status: string; author: { group?: string | null } }): boolean {
  if (!me || proposal.status !== 'draft') return false
  if (isPlanner(me)) return true
  return !!proposal.author.group && me.partyGroups.includes(proposal.author.group)
}

/** May record values and targets of an indicator: planners and admins, editors of the owning department. */
export function canEnterValues(me: Me | null, owningDepartment: string | null | undefined): boolean {
  if (!me) return false
  if (isPlanner(me)) return true
  return me.roles.includes('editor') && !!owningDepartment && me.departments.includes(owningDepartment)
}

/** Creating a proposal: planners, and any member of a party group. */
export const canCreateProposal = (me: Me | null) => isPlanner(me) || (!!me && me.partyGroups.length > 0)

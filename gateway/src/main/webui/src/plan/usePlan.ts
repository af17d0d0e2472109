import { get } from '../api/http'
import type { Plan, VersionTree } from '../api/types'
import { useApi } from '../api/useApi'
import { plansOf } from './tree'

/** The adopted plan in force, read from the public endpoints (no sign-in needed). */
export async function loadCurrentTree(): Promise<VersionTree | null> {
  const plans = plansOf(await get<Plan[] | { items: Plan[] }>('/public/plan/plans'))
  const plan = plans.find((p) => p.currentVersionId) ?? plans[0]
  if (!plan) return null
  return get<VersionTree>(`/public/plan/plans/${plan.id}/current`)
}

export const useCurrentTree = (round = 0) => useApi(`current-tree-${round}`, loadCurrentTree)

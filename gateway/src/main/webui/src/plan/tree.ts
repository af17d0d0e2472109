import type { Goal, Plan, TargetAreaNode, VersionTree } from '../api/types'

/** Lower case without diacritics, so "Halsa" finds "Hälsa" (as the plan-service search does). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

function goalText(goal: Goal): string {
  return [
    goal.title,
    ...goal.description.flatMap((b) => [b.heading ?? '', ...b.paragraphs]),
    ...goal.indicators.map((i) => i.title),
    ...goal.sdgs.flatMap((s) => [String(s.number), s.name, s.nameEn]),
  ].join(' ')
}

/** The target areas with only the goals that contain every word of the query; all of them for an empty query. */
export function filterTree(areas: TargetAreaNode[], queryText: string): TargetAreaNode[] {
  const words = fold(queryText).split(/\s+/).filter(Boolean)
  if (words.length === 0) return areas
  return areas
    .map((area) => {
      const areaMatches = words.every((w) => fold(area.title).includes(w))
      const goals = areaMatches ? area.goals : area.goals.filter((g) => {
        const text = fold(goalText(g))
        return words.every((w) => text.includes(w))
      })
      return { ...area, goals }
    })
    .filter((area) => area.goals.length > 0)
}

export function findGoal(tree: VersionTree, key: string): { goal: Goal; area: TargetAreaNode } | undefined {
  for (const area of tree.targetAreas) {
    const goal = area.goals.find((g) => g.key === key || g.id === key)
    if (goal) return { goal, area }
  }
  return undefined
}

export const goalCount = (areas: TargetAreaNode[]) => areas.reduce((n, a) => n + a.goals.length, 0)

/** The plans list comes as a page or a plain array depending on the endpoint. */
export function plansOf(body: Plan[] | { items: Plan[] }): Plan[] {
  return Array.isArray(body) ? body : body.items
}

import type { Change, ChangeKind, ItemKind, TextRun } from '../api/types'
import type { MessageKey } from '../i18n/sv'

export const changeLabel: Record<ChangeKind, MessageKey> = {
  added: 'changes.added',
  removed: 'changes.removed',
  changed: 'changes.changed',
  moved: 'changes.moved',
  reordered: 'changes.reordered',
}

export const kindLabel: Record<ItemKind, MessageKey> = {
  section: 'changes.kind.section',
  target_area: 'changes.kind.target_area',
  goal: 'changes.kind.goal',
  goal_text: 'changes.kind.goal_text',
  sdg: 'changes.kind.sdg',
  indicator: 'changes.kind.indicator',
}

/** Neighbouring runs with the same mark merged, empty ones dropped: fewer, longer <ins>/<del> elements. */
export function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = []
  for (const run of runs) {
    if (!run.text) continue
    const last = out.at(-1)
    if (last && last.mark === run.mark) last.text += run.text
    else out.push({ mark: run.mark, text: run.text })
  }
  return out
}

/** Changes in document order: target areas and sections first, then each goal followed by its own parts. */
export function orderChanges(changes: Change[]): Change[] {
  const rank: Record<ItemKind, number> = { section: 0, target_area: 1, goal: 2, goal_text: 3, sdg: 4, indicator: 5 }
  const goalOf = (c: Change) => (c.itemKind === 'goal' ? c.itemKey : c.itemKind === 'goal_text' ? c.itemKey : c.parentKey ?? c.itemKey.split(':')[0])
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const ga = rank[a.c.itemKind] < 2 ? '' : goalOf(a.c)
      const gb = rank[b.c.itemKind] < 2 ? '' : goalOf(b.c)
      if (ga !== gb) return ga === '' ? -1 : gb === '' ? 1 : a.i - b.i
      return rank[a.c.itemKind] - rank[b.c.itemKind] || a.i - b.i
    })
    .map(({ c }) => c)
}

/** How many changes of each kind, for the summary line above the list. */
export function countByKind(changes: Change[]): Partial<Record<ChangeKind, number>> {
  const counts: Partial<Record<ChangeKind, number>> = {}
  for (const c of changes) counts[c.change] = (counts[c.change] ?? 0) + 1
  return counts
}

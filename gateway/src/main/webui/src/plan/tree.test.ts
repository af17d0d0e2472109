import { describe, expect, it } from 'vitest'
import type { Goal, TargetAreaNode } from '../api/types'
import { filterTree, findGoal, fold, goalCount } from './tree'

const goal = (key: string, title: string, extra: Partial<Goal> = {}): Goal => ({
  id: `id-${key}`,
  key,
  versionId: 'v',
  targetAreaId: 'a',
  title,
  description: [],
  sdgs: [],
  indicators: [],
  position: 0,
  ...extra,
})
const areas: TargetAreaNode[] = [
  {
    id: 'a1', key: 'livskvalitet', title: 'Livskvalitet', description: [], position: 0,
    goals: [
      goal('halsa', 'God hälsa för alla', { indicators: [{ indicatorId: 'i1', title: 'Självskattad hälsa' }] }),
      goal('trygghet', 'Trygghet i hela kommunen', { description: [{ heading: null, paragraphs: ['Fler ska känna sig trygga.'] }] }),
    ],
  },
  {
    id: 'a2', key: 'miljo', title: 'Miljö och klimat', description: [], position: 1,
    goals: [goal('utslapp', 'Minskade utsläpp', { sdgs: [{ number: 13, name: 'Bekämpa klimatförändringarna', nameEn: 'Climate action' }] })],
  },
]

describe('plan tree search', () => {
  it('ignores case and diacritics', () => {
    expect(fold('Hälsa ÅÄÖ')).toBe('halsa aao')
    expect(filterTree(areas, 'HALSA').flatMap((a) => a.goals.map((g) => g.key))).toEqual(['halsa'])
  })

  it('searches descriptions, indicator titles and SDG names, keeping each goal under its area', () => {
    expect(filterTree(areas, 'trygga').map((a) => a.goals.map((g) => g.key))).toEqual([['trygghet']])
    expect(filterTree(areas, 'självskattad').map((a) => a.key)).toEqual(['livskvalitet'])
    expect(filterTree(areas, 'climate').map((a) => a.key)).toEqual(['miljo'])
  })

  it('needs every word, keeps a whole area whose title matches, and drops empty areas', () => {
    expect(filterTree(areas, 'hälsa utsläpp')).toEqual([])
    expect(goalCount(filterTree(areas, 'livskvalitet'))).toBe(2)
    expect(filterTree(areas, '  ')).toBe(areas)
  })

  it('finds a goal by its stable key or by id', () => {
    const tree = { plan: {} as never, version: {} as never, sections: [], targetAreas: areas }
    expect(findGoal(tree, 'utslapp')?.area.key).toBe('miljo')
    expect(findGoal(tree, 'id-halsa')?.goal.title).toBe('God hälsa för alla')
    expect(findGoal(tree, 'okand')).toBeUndefined()
  })
})

import type { SeriesValue, Target } from '../api/types'

export type ChartLine = { key: 'own' | 'women' | 'men' | 'riket' | 'target' | 'forecast'; values: (number | null)[] }
export type ChartModel = { periods: string[]; lines: ChartLine[] }

export type ChartInput = {
  own: SeriesValue[]
  women?: SeriesValue[]
  men?: SeriesValue[]
  riket?: SeriesValue[]
  targets?: Target[]
  /** reporting-service's trend forecast to the target year: drawn from the latest value to it */
  forecast?: { period: string; value: number } | null
}

/** Years sort before their halves: 2023 < 2023H1 < 2023H2 < 2024. */
export function comparePeriods(a: string, b: string): number {
  const key = (p: string) => {
    const m = /^(\d{4})(?:H([12]))?$/.exec(p)
    return m ? Number(m[1]) * 10 + (m[2] ? Number(m[2]) : 0) : Number.MAX_SAFE_INTEGER
  }
  return key(a) - key(b) || a.localeCompare(b)
}

/**
 * The chart's table: one row per period that any line has a value for (suppressed values count as gaps), the
 * total's targets (gender T) as their own line at their years, lines without any value left out.
 */
export function buildChartModel(input: ChartInput): ChartModel {
  const series: [ChartLine['key'], SeriesValue[] | undefined][] = [
    ['own', input.own],
    ['women', input.women],
    ['men', input.men],
    ['riket', input.riket],
  ]
  const byKey = new Map<string, Map<string, number | null>>()
  const periods = new Set<string>()
  for (const [key, values] of series) {
    const m = new Map<string, number | null>()
    for (const v of values ?? []) {
      const value = v.status === 'suppressed' ? null : v.value
      m.set(v.period, value ?? null)
      periods.add(v.period)
    }
    byKey.set(key, m)
  }
  const targets = new Map<string, number | null>()
  for (const target of input.targets ?? []) {
    if (target.gender && target.gender !== 'T') continue
    targets.set(String(target.year), target.value)
    periods.add(String(target.year))
  }
  byKey.set('target', targets)
  const forecast = new Map<string, number | null>()
  const last = latestValue(input.own)
  if (input.forecast && last && comparePeriods(input.forecast.period, last.period) > 0) {
    forecast.set(last.period, last.value)
    forecast.set(input.forecast.period, input.forecast.value)
    periods.add(input.forecast.period)
  }
  byKey.set('forecast', forecast)
  const ordered = [...periods].sort(comparePeriods)
  const lines: ChartLine[] = (['own', 'women', 'men', 'riket', 'target', 'forecast'] as const)
    .map((key) => ({ key, values: ordered.map((p) => byKey.get(key)?.get(p) ?? null) }))
    .filter((line) => line.values.some((v) => v !== null))
  return { periods: ordered, lines }
}

/** The latest period with a value of the own municipality's total, for the chart's text alternative. */
export function latestValue(own: SeriesValue[]): SeriesValue | undefined {
  return [...own].filter((v) => v.value !== null && v.status !== 'suppressed').sort((a, b) => comparePeriods(a.period, b.period)).at(-1)
}

import { describe, expect, it } from 'vitest'
import { buildChartModel, comparePeriods, latestValue } from './chartModel'

describe('chart model', () => {
  it('orders years before their half years', () => {
    expect(['2024', '2023H2', '2023', '2023H1'].sort(comparePeriods)).toEqual(['2023', '2023H1', '2023H2', '2024'])
  })

  it('puts every line on the union of periods, with gaps as null', () => {
    const model = buildChartModel({
      own: [{ period: '2021', value: 10 }, { period: '2022', value: 12 }],
      women: [{ period: '2022', value: 13 }],
      men: [],
      riket: [{ period: '2020', value: 9 }],
    })
    expect(model.periods).toEqual(['2020', '2021', '2022'])
    expect(model.lines.map((l) => l.key)).toEqual(['own', 'women', 'riket'])
    expect(model.lines[0].values).toEqual([null, 10, 12])
    expect(model.lines[1].values).toEqual([null, null, 13])
  })

  it('shows the total targets at their (future) years and ignores gender targets', () => {
    const model = buildChartModel({
      own: [{ period: '2023', value: 40 }],
      targets: [{ year: 2030, gender: 'T', value: 75 }, { year: 2030, gender: 'K', value: 80 }],
    })
    expect(model.periods).toEqual(['2023', '2030'])
    expect(model.lines.find((l) => l.key === 'target')?.values).toEqual([null, 75])
  })

  it('treats suppressed values as gaps, also for the latest value', () => {
    const own = [{ period: '2022', value: 5 }, { period: '2023', value: 7, status: 'suppressed' }]
    expect(buildChartModel({ own }).lines[0].values).toEqual([5, null])
    expect(latestValue(own)?.period).toBe('2022')
  })

  it('draws the forecast from the latest value to the target year', () => {
    const model = buildChartModel({ own: [{ period: '2023', value: 40 }, { period: '2024', value: 44 }], forecast: { period: '2030', value: 70 } })
    expect(model.periods).toEqual(['2023', '2024', '2030'])
    expect(model.lines.find((l) => l.key === 'forecast')?.values).toEqual([null, 44, 70])
    expect(buildChartModel({ own: [{ period: '2024', value: 1 }], forecast: { period: '2020', value: 2 } }).lines.map((l) => l.key)).toEqual(['own'])
  })
})

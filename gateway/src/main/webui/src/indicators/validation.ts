import type { MessageKey } from '../i18n/sv'

// The same rules indicator-service applies (ValueRules), checked while typing so the form never sends a value it
// would refuse. The service still decides.

export type FieldError = { key: MessageKey; args?: Record<string, string | number> }

const PERIOD = /^(\d{4})(H[12])?$/

export function periodError(period: string, thisYear: number): FieldError | null {
  const p = period.trim().toUpperCase()
  if (!p) return { key: 'validation.required', args: { field: 'period' } }
  const m = PERIOD.exec(p)
  if (!m) return { key: 'validation.period' }
  const year = Number(m[1])
  if (year < 1950 || year > thisYear + 1) return { key: 'validation.periodRange', args: { max: thisYear + 1 } }
  return null
}

/** Accepts a Swedish decimal comma as well as a point; spaces as thousands separators are ignored. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

const RANGES: Record<string, [number, number]> = { percent: [0, 100], index_0_100: [0, 100], grade_1_6: [1, 6] }

export function valueError(text: string, unit: string): FieldError | null {
  if (!text.trim()) return { key: 'validation.required', args: { field: 'value' } }
  const value = parseNumber(text)
  if (value === null) return { key: 'validation.number' }
  const decimals = text.trim().replace(',', '.').split('.')[1]?.length ?? 0
  if (decimals > 10) return { key: 'validation.decimals' }
  if (Math.abs(value) >= 1e15) return { key: 'validation.range', args: { min: '-1e15', max: '1e15' } }
  const range = RANGES[unit]
  if (range && (value < range[0] || value > range[1])) return { key: 'validation.range', args: { min: range[0], max: range[1] } }
  return null
}

export const normalisePeriod = (period: string) => period.trim().toUpperCase()

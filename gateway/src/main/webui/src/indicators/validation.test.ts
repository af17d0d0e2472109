import { describe, expect, it } from 'vitest'
import { parseNumber, periodError, valueError } from './validation'

describe('value entry validation', () => {
  it('accepts years and half years up to next year', () => {
    expect(periodError('2024', 2026)).toBeNull()
    expect(periodError('2024h1', 2026)).toBeNull()
    expect(periodError('2027', 2026)).toBeNull()
    expect(periodError('2028', 2026)?.key).toBe('validation.periodRange')
    expect(periodError('1949', 2026)?.key).toBe('validation.periodRange')
    expect(periodError('2024H3', 2026)?.key).toBe('validation.period')
    expect(periodError('24', 2026)?.key).toBe('validation.period')
    expect(periodError(' ', 2026)?.key).toBe('validation.required')
  })

  it('reads Swedish decimal commas and spaces as thousands separators', () => {
    expect(parseNumber('12,5')).toBe(12.5)
    expect(parseNumber('1 234,5')).toBe(1234.5)
    expect(parseNumber('-3')).toBe(-3)
    expect(parseNumber('12,5,1')).toBeNull()
    expect(parseNumber('abc')).toBeNull()
  })

  it("applies the unit's range and the decimal limit", () => {
    expect(valueError('100', 'percent')).toBeNull()
    expect(valueError('100,1', 'percent')).toEqual({ key: 'validation.range', args: { min: 0, max: 100 } })
    expect(valueError('0', 'grade_1_6')?.key).toBe('validation.range')
    expect(valueError('5000', 'count')).toBeNull()
    expect(valueError('1,12345678901', 'count')?.key).toBe('validation.decimals')
    expect(valueError('tolv', 'count')?.key).toBe('validation.number')
    expect(valueError('', 'count')?.key).toBe('validation.required')
  })
})

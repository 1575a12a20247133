import { describe, expect, it } from 'vitest'
import { latestDate, toRfc3339, toRfc822 } from './dates'

// RFC 822 date-time as RSS uses it: day name, 2-digit day, English month, 4-digit year, GMT.
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
// RFC 3339 §5.6 date-time.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('toRfc822', () => {
  it('writes the instant in English and GMT, converting any offset', () => {
    expect(toRfc822('2025-03-04T10:30:00.000Z')).toBe('Tue, 04 Mar 2025 10:30:00 GMT')
    expect(toRfc822('2025-03-04T23:30:00-05:00')).toBe('Wed, 05 Mar 2025 04:30:00 GMT')
    expect(toRfc822('2025-12-31T08:00:00+09:00')).toMatch(RFC_822)
  })

  it('throws on a string that is not a date', () => {
    expect(() => toRfc822('yesterday')).toThrow(RangeError)
  })
})

describe('toRfc3339', () => {
  it('writes UTC, with a fraction only when there is one', () => {
    expect(toRfc3339('2025-03-04T10:30:00.000Z')).toBe('2025-03-04T10:30:00Z')
    expect(toRfc3339('2025-03-05T08:15:42.5+01:00')).toBe('2025-03-05T07:15:42.500Z')
    expect(toRfc3339('2025-03-04')).toMatch(RFC_3339)
  })

  it('throws on a string that is not a date', () => {
    expect(() => toRfc3339('')).toThrow(RangeError)
  })
})

describe('latestDate', () => {
  it('is the latest instant whatever the offsets, or null for none', () => {
    expect(latestDate(['2025-03-01T10:00:00Z', '2025-03-01T12:00:00+03:00', '2025-02-28T23:00:00-12:00'])).toBe(
      '2025-03-01T11:00:00.000Z',
    )
    expect(latestDate([])).toBeNull()
  })
})

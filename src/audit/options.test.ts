import { describe, expect, it } from 'vitest'

import { parseInstant, parseWindowDays } from './options'

describe('audit options from the command line or a query string', () => {
  it('accepts a whole number of days and nothing else, naming the option', () => {
    expect(parseWindowDays('30', '--window')).toBe(30)
    expect(parseWindowDays(undefined, '--window')).toBeUndefined()
    for (const bad of ['0', '-5', '1.5', 'ten', '99999', '30d']) {
      expect(() => parseWindowDays(bad, '--window')).toThrow(`--window: must be a whole number of days from 1 to 3650, got "${bad}"`)
    }
  })

  it('reads a date as midnight UTC and a date-time as given', () => {
    expect(parseInstant('2026-06-15', '--as-of').toISOString()).toBe('2026-06-15T00:00:00.000Z')
    expect(parseInstant('2026-06-15T12:30:00+02:00', '--as-of').toISOString()).toBe('2026-06-15T10:30:00.000Z')
    expect(() => parseInstant('yesterday', '--as-of')).toThrow(/--as-of: must be an ISO 8601 date/)
    expect(() => parseInstant('2026-13-45', '--as-of')).toThrow(/--as-of/)
  })
})

import { describe, expect, it } from 'vitest'

import { checkNationalDay, formatNationalDay } from './nationalDay'

describe('a national day', () => {
  it('is a month and a day, 29 February included', () => {
    expect(checkNationalDay('09-16')).toBe(true)
    expect(checkNationalDay('02-29')).toBe(true)
    expect(checkNationalDay('12-31')).toBe(true)
  })

  it('refuses what is not a day of the year, saying why', () => {
    expect(checkNationalDay('2024-09-16')).toMatch(/MM-DD/)
    expect(checkNationalDay('9-16')).toMatch(/MM-DD/)
    expect(checkNationalDay('13-01')).toMatch(/no month 13/)
    expect(checkNationalDay('04-31')).toMatch(/month 04 has no day 31/)
    expect(checkNationalDay('02-30')).toMatch(/no day 30/)
    expect(checkNationalDay(916)).toMatch(/MM-DD/)
  })

  it('is said in the reader’s language, without a year', () => {
    expect(formatNationalDay('es', '09-16')).toBe('16 de septiembre')
    expect(formatNationalDay('en', '09-16')).toBe('September 16')
    expect(formatNationalDay('fr', '07-14')).toBe('14 juillet')
    expect(formatNationalDay('zh', '10-01')).toBe('10月1日')
    expect(formatNationalDay('ar', '06-06')).toMatch(/يونيو/)
    expect(formatNationalDay('en', '02-29')).toBe('February 29')
    expect(formatNationalDay('en', '02-30')).toBeNull()
    expect(formatNationalDay('en', null)).toBeNull()
  })
})

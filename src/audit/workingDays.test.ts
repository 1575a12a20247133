import { describe, expect, it } from 'vitest'

import { replyDeadline } from './workingDays'

const deadline = (iso: string, days = 3) => replyDeadline(new Date(iso), days).toISOString()

describe('the charter’s deadline in working days (Monday to Friday, UTC)', () => {
  it('runs to the end of the N-th working day after the day of arrival', () => {
    // Monday → Tuesday, Wednesday, Thursday.
    expect(deadline('2026-06-15T09:00:00Z')).toBe('2026-06-19T00:00:00.000Z')
    // Late on Monday changes nothing: the day of arrival never counts.
    expect(deadline('2026-06-15T23:59:00Z')).toBe('2026-06-19T00:00:00.000Z')
  })

  it('skips the weekend', () => {
    // Thursday → Friday, Monday, Tuesday.
    expect(deadline('2026-06-18T12:00:00Z')).toBe('2026-06-24T00:00:00.000Z')
    // Friday → Monday, Tuesday, Wednesday.
    expect(deadline('2026-06-19T12:00:00Z')).toBe('2026-06-25T00:00:00.000Z')
  })

  it('treats an enquiry sent at the weekend like one sent on Friday', () => {
    expect(deadline('2026-06-20T08:00:00Z')).toBe('2026-06-25T00:00:00.000Z')
    expect(deadline('2026-06-21T22:00:00Z')).toBe('2026-06-25T00:00:00.000Z')
  })

  it('counts one working day and whole weeks', () => {
    expect(deadline('2026-06-19T12:00:00Z', 1)).toBe('2026-06-23T00:00:00.000Z')
    expect(deadline('2026-06-15T12:00:00Z', 10)).toBe('2026-06-30T00:00:00.000Z')
  })
})

import { describe, expect, it } from 'vitest'

import { checkOpeningHours, checkTime } from './hours'

describe('checkTime', () => {
  it.each(['00:00', '09:00', '17:30', '23:59'])('accepts %s', (time) => {
    expect(checkTime(time)).toBe(true)
  })

  it.each(['25:00', '24:00', '9:00', '09:60', '0900', '09.00', '9am', '', null])('refuses %j', (time) => {
    expect(checkTime(time)).toBe('must be a 24-hour time such as "09:00" or "17:30"')
  })
})

describe('checkOpeningHours', () => {
  it('accepts no hours at all', () => {
    expect(checkOpeningHours(null)).toBe(true)
    expect(checkOpeningHours([])).toBe(true)
  })

  it('accepts a split day and periods on different days that share times', () => {
    expect(
      checkOpeningHours([
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' },
        { days: ['mon', 'thu'], opens: '15:00', closes: '17:00' },
        { days: ['sat'], opens: '09:00', closes: '13:00' },
      ]),
    ).toBe(true)
  })

  it('accepts a period that starts when the previous one ends', () => {
    expect(
      checkOpeningHours([
        { days: ['mon'], opens: '09:00', closes: '13:00' },
        { days: ['mon'], opens: '13:00', closes: '14:00' },
      ]),
    ).toBe(true)
  })

  it('refuses a period that closes before it opens, naming the row and both times', () => {
    expect(checkOpeningHours([{ days: ['mon'], opens: '17:00', closes: '09:00' }])).toBe(
      'row 1: opens at 17:00 but closes at 09:00; the closing time must be later',
    )
  })

  it('refuses a period that closes the moment it opens', () => {
    expect(checkOpeningHours([{ days: ['mon'], opens: '09:00', closes: '09:00' }])).toMatch(/closing time must be later/)
  })

  it('refuses an impossible opening or closing time, naming which one', () => {
    expect(checkOpeningHours([{ days: ['mon'], opens: '25:00', closes: '26:00' }])).toBe(
      'row 1: opening time must be a 24-hour time such as "09:00" or "17:30"',
    )
    expect(checkOpeningHours([{ days: ['mon'], opens: '09:00', closes: '5pm' }])).toBe(
      'row 1: closing time must be a 24-hour time such as "09:00" or "17:30"',
    )
  })

  it('refuses overlapping periods on a shared day, naming both rows and the day', () => {
    expect(
      checkOpeningHours([
        { days: ['mon', 'tue'], opens: '09:00', closes: '14:00' },
        { days: ['wed'], opens: '09:00', closes: '14:00' },
        { days: ['tue'], opens: '13:00', closes: '17:00' },
      ]),
    ).toBe('row 3 overlaps row 1 on tue')
  })

  it('refuses a period with no days', () => {
    expect(checkOpeningHours([{ days: [], opens: '09:00', closes: '13:00' }])).toBe('row 1: choose at least one day')
    expect(checkOpeningHours([{ opens: '09:00', closes: '13:00' }])).toBe('row 1: choose at least one day')
  })

  it('names the row that is wrong, not the first one', () => {
    expect(
      checkOpeningHours([
        { days: ['mon'], opens: '09:00', closes: '13:00' },
        { days: ['fri'], opens: '14:00', closes: '12:00' },
      ]),
    ).toMatch(/^row 2: /)
  })
})

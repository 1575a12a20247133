import { describe, expect, it } from 'vitest'

import { FIXTURE_CLOSED_DAY, FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { todaysHours } from './todaysHours'

const office = missionSiteFixture('es').mission.offices[0]

describe("today's opening hours", () => {
  it('lists the periods of the weekday of the given date, earliest first', () => {
    // 2024-03-19 is a Tuesday: morning and afternoon periods.
    const hours = todaysHours(office, '2024-03-19')
    expect(hours).toEqual({ state: 'open', periods: [expect.objectContaining({ opens: '09:00' }), expect.objectContaining({ opens: '16:00' })] })
    expect(todaysHours(office, FIXTURE_TODAY)).toMatchObject({ state: 'open', periods: [{ opens: '09:00', closes: '14:00' }] })
  })

  it('says closed, with the reason, on a listed closure date', () => {
    expect(todaysHours(office, FIXTURE_CLOSED_DAY)).toEqual({ state: 'closed', reason: office.closures[0].reason })
  })

  it('says there are no hours on a day without periods (Sunday)', () => {
    expect(todaysHours(office, '2024-03-17')).toEqual({ state: 'no-hours' })
  })
})

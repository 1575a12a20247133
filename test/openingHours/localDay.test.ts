import { describe, expect, it } from 'vitest'

import { hoursAt, localDay } from '../../templates/components/todaysHours'
import { missionSiteFixture } from '../../templates/fixtures/missionSite'

const office = missionSiteFixture('es').mission.offices[0]
const UTC_PLUS_10 = 'Australia/Brisbane' // AEST all year (Canberra is the same outside daylight saving)
const UTC_MINUS_8 = 'America/Los_Angeles' // PST in winter

describe("the mission's own day at an instant", () => {
  it.each([
    // UTC+10: the day turns at 14:00 UTC.
    ['2024-03-14T13:59:59Z', UTC_PLUS_10, '2024-03-14', 'thu'],
    ['2024-03-14T14:00:00Z', UTC_PLUS_10, '2024-03-15', 'fri'],
    ['2024-03-15T23:00:00Z', UTC_PLUS_10, '2024-03-16', 'sat'],
    ['2024-08-09T14:30:00Z', UTC_PLUS_10, '2024-08-10', 'sat'],
    // UTC−8: the day turns at 08:00 UTC; at 23:00 UTC it is still the afternoon before.
    ['2024-12-25T07:59:59Z', UTC_MINUS_8, '2024-12-24', 'tue'],
    ['2024-12-25T08:00:00Z', UTC_MINUS_8, '2024-12-25', 'wed'],
    ['2024-12-25T23:00:00Z', UTC_MINUS_8, '2024-12-25', 'wed'],
    ['2024-12-26T07:30:00Z', UTC_MINUS_8, '2024-12-25', 'wed'],
  ] as const)('at %s in %s it is %s (%s)', (instant, zone, date, weekday) => {
    expect(localDay(new Date(instant), zone)).toEqual({ date, weekday })
  })

  it('gives a Canberra visitor at 23:00 local time that day, not the UTC one', () => {
    // 23:00 on Wednesday 12 June 2024 in Canberra (AEST) is 13:00 UTC the same day; at 00:30 Thursday, UTC is still Wednesday.
    expect(localDay(new Date('2024-06-12T13:00:00Z'), 'Australia/Sydney').weekday).toBe('wed')
    expect(localDay(new Date('2024-06-12T14:30:00Z'), 'Australia/Sydney')).toEqual({ date: '2024-06-13', weekday: 'thu' })
  })

  it("picks the office's hours of that day, and a closure on its day in the mission's zone", () => {
    expect(hoursAt(office, new Date('2024-03-14T14:00:00Z'), UTC_PLUS_10)).toMatchObject({ date: '2024-03-15', state: 'open', periods: [{ opens: '09:00' }] })
    expect(hoursAt(office, new Date('2024-03-14T13:59:00Z'), UTC_PLUS_10)).toMatchObject({ state: 'open', periods: [{ opens: '09:00' }, { opens: '16:00' }] })
    expect(hoursAt(office, new Date('2024-08-09T14:30:00Z'), UTC_PLUS_10)).toMatchObject({ date: '2024-08-10', state: 'closed', reason: office.closures[0].reason })
    expect(hoursAt(office, new Date('2024-12-25T07:59:59Z'), UTC_MINUS_8)).toMatchObject({ date: '2024-12-24', state: 'open' })
    expect(hoursAt(office, new Date('2024-12-26T07:30:00Z'), UTC_MINUS_8)).toMatchObject({ date: '2024-12-25', state: 'closed' })
    expect(hoursAt(office, new Date('2024-03-17T12:00:00Z'), UTC_MINUS_8)).toMatchObject({ date: '2024-03-17', state: 'no-hours' })
  })
})

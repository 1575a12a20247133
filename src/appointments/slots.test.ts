import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'

import { availability, availabilityOn, bookingDates, checkSlot, dayBounds, nextAvailableDate, slotsOfDay, windowBounds } from './slots'
import type { ScheduleRules } from './types'
import { addDays, isTimeZone, localDateOf, timeOfMinutes, wallClockOf, wallClockOfDay, wallClockToInstant, weekdayOf } from './zonedTime'

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const rules = (overrides: Partial<ScheduleRules> = {}): ScheduleRules => ({
  scheduleId: 's1', missionId: 'm1', missionSlug: 'madrid', officeId: 'o1', officeName: 'Cancillería',
  serviceId: 'svc', serviceSlug: 'passports', timeZone: 'Europe/Madrid', slotMinutes: 30, placesPerSlot: 2,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '11:00' }],
  closedDates: [], bookAheadDays: 60, minNoticeHours: 24, ...overrides,
})

const NONE = new Map<string, number>()
const startsOn = (r: ScheduleRules, date: string) => slotsOfDay(r, date).map((s) => s.start.toISOString())

describe('zoned time', () => {
  it('knows IANA zones and UTC, and nothing else', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true)
    expect(isTimeZone('America/Guayaquil')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    for (const bad of ['Europe/Atlantis', 'GMT+2', '', 'europe/madrid', 42]) expect(isTimeZone(bad)).toBe(false)
  })

  it('maps a local wall-clock time to its instant on both sides of a clock change', () => {
    expect(wallClockToInstant('2027-03-27', '09:00', 'Europe/Madrid')!.toISOString()).toBe('2027-03-27T08:00:00.000Z')
    expect(wallClockToInstant('2027-03-28', '09:00', 'Europe/Madrid')!.toISOString()).toBe('2027-03-28T07:00:00.000Z')
    expect(wallClockToInstant('2027-10-31', '09:00', 'Europe/Madrid')!.toISOString()).toBe('2027-10-31T08:00:00.000Z')
    // 02:30 does not exist in Madrid on the morning the clocks go forward.
    expect(wallClockToInstant('2027-03-28', '02:30', 'Europe/Madrid')).toBeNull()
    expect(wallClockToInstant('2027-02-30', '09:00', 'Europe/Madrid')).toBeNull()
  })

  it('lays out a day by one offset only when the clocks keep it, agreeing with time-by-time conversion', () => {
    for (const zone of ['Europe/Madrid', 'America/Guayaquil', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago']) {
      for (let date = '2027-01-01'; date <= '2027-12-31'; date = addDays(date, 13)) {
        const at = wallClockOfDay(date, zone)
        for (const minutes of [0, 90, 150, 540, 1439]) {
          expect(at(minutes)?.toISOString(), `${zone} ${date} ${minutes}`).toBe(wallClockToInstant(date, timeOfMinutes(minutes), zone)?.toISOString())
        }
      }
      for (const date of ['2027-03-28', '2027-10-31', '2027-04-04', '2027-10-03', '2027-04-03', '2027-09-05']) {
        const at = wallClockOfDay(date, zone)
        for (let minutes = 0; minutes < 1440; minutes += 30) {
          expect(at(minutes)?.toISOString(), `${zone} ${date} ${minutes}`).toBe(wallClockToInstant(date, timeOfMinutes(minutes), zone)?.toISOString())
        }
      }
    }
  })

  it('gives the local date and time luxon gives, minute by minute through clock changes, in zones with odd offsets too', () => {
    const zones = ['Europe/Madrid', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago', 'America/St_Johns']
    const days = ['2027-04-04', '2027-10-03', '2027-03-28', '2027-10-31', '2027-09-26', '2027-04-03', '2027-03-14', '2027-11-07']
    for (const zone of zones) {
      for (const day of days) {
        for (let ms = Date.parse(`${day}T00:00:00.000Z`) - 86_400_000; ms < Date.parse(`${day}T00:00:00.000Z`) + 2 * 86_400_000; ms += 23 * 60_000 + 13_000) {
          const at = DateTime.fromMillis(ms, { zone })
          expect(localDateOf(new Date(ms), zone)).toBe(at.toISODate())
          const whole = new Date(Math.floor(ms / 60_000) * 60_000)
          const there = DateTime.fromJSDate(whole).setZone(zone)
          expect(wallClockOf(whole, zone)).toEqual({ date: there.toISODate(), minutes: there.hour * 60 + there.minute })
        }
      }
    }
  })

  it('reads "today" in the mission\'s zone, not in UTC', () => {
    // 23:30 UTC on 4 January is already the 5th in Madrid and still the 4th in Guayaquil.
    expect(localDateOf('2027-01-04T23:30:00.000Z', 'Europe/Madrid')).toBe('2027-01-05')
    expect(localDateOf('2027-01-04T23:30:00.000Z', 'America/Guayaquil')).toBe('2027-01-04')
    expect(weekdayOf('2027-03-28')).toBe('sun')
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01')
  })
})

describe('slots of a day', () => {
  it('lays slots from opening to closing, each ending by closing time', () => {
    const r = rules({ weekly: [{ days: ['mon'], opens: '09:00', closes: '10:40' }] })
    expect(slotsOfDay(r, '2027-01-04').map((s) => s.localTime)).toEqual(['09:00', '09:30', '10:00'])
    expect(slotsOfDay(r, '2027-01-05')).toEqual([])
  })

  it('keeps 09:00 local across the spring change in Madrid (UTC moves an hour)', () => {
    const r = rules({ weekly: [{ days: [...EVERY_DAY], opens: '09:00', closes: '09:30' }] })
    expect(startsOn(r, '2027-03-27')).toEqual(['2027-03-27T08:00:00.000Z'])
    expect(startsOn(r, '2027-03-28')).toEqual(['2027-03-28T07:00:00.000Z'])
  })

  it('keeps 09:00 local across the autumn change in Madrid', () => {
    const r = rules({ weekly: [{ days: [...EVERY_DAY], opens: '09:00', closes: '09:30' }] })
    expect(startsOn(r, '2027-10-30')).toEqual(['2027-10-30T07:00:00.000Z'])
    expect(startsOn(r, '2027-10-31')).toEqual(['2027-10-31T08:00:00.000Z'])
  })

  it('skips the wall-clock times the spring change removes, and gives a repeated hour once', () => {
    const night = rules({ weekly: [{ days: ['sun'], opens: '01:00', closes: '04:00' }], slotMinutes: 60 })
    expect(slotsOfDay(night, '2027-03-28').map((s) => s.localTime)).toEqual(['01:00', '03:00'])
    const autumn = slotsOfDay(night, '2027-10-31')
    expect(autumn.map((s) => s.localTime)).toEqual(['01:00', '02:00', '03:00'])
    expect(new Set(autumn.map((s) => s.start.toISOString())).size).toBe(3)
  })

  it('in a zone without summer time, the same UTC instant all year', () => {
    const r = rules({ timeZone: 'America/Guayaquil', weekly: [{ days: [...EVERY_DAY], opens: '09:00', closes: '09:30' }] })
    for (const date of ['2027-01-15', '2027-03-28', '2027-07-15', '2027-10-31']) {
      expect(startsOn(r, date)).toEqual([`${date}T14:00:00.000Z`])
    }
  })
})

describe('checkSlot', () => {
  // Monday 4 January 2027, 09:45 in Madrid.
  const now = new Date('2027-01-04T08:45:00.000Z')
  const r = rules({ closedDates: ['2027-01-06'] })

  it('accepts a slot of the schedule in the window with enough notice', () => {
    expect(checkSlot(r, now, '2027-01-07T08:00:00.000Z')).toBe(true)
    // The same instant written with Madrid's offset.
    expect(checkSlot(r, now, '2027-01-07T09:00:00+01:00')).toBe(true)
  })

  it('refuses the past, closed days, non-slots, short notice and beyond the window', () => {
    expect(checkSlot(r, now, '2027-01-01T08:00:00.000Z')).toBe('past')
    expect(checkSlot(r, now, '2027-01-06T08:00:00.000Z')).toBe('closed-day')
    expect(checkSlot(r, now, '2027-01-09T08:00:00.000Z')).toBe('closed-day') // a Saturday
    expect(checkSlot(r, now, '2027-01-07T08:10:00.000Z')).toBe('not-a-slot')
    expect(checkSlot(r, now, '2027-01-07T10:00:00.000Z')).toBe('not-a-slot') // 11:00, closing time
    expect(checkSlot(r, now, '2027-01-04T09:00:00.000Z')).toBe('too-little-notice') // later today
    expect(checkSlot(r, now, '2027-01-05T08:30:00.000Z')).toBe('too-little-notice') // 23¾ hours ahead
    expect(checkSlot(r, now, '2027-01-05T09:00:00.000Z')).toBe(true) // 24¼ hours ahead
    expect(checkSlot(r, now, '2027-03-05T08:00:00.000Z')).toBe(true) // today + 60 days
    expect(checkSlot(r, now, '2027-03-08T08:00:00.000Z')).toBe('beyond-window')
    for (const junk of ['', 'tomorrow', '2027-01-07', '2027-01-07T08:00:00', '2027-13-07T08:00:00Z']) {
      expect(checkSlot(r, now, junk)).toBe('not-a-slot')
    }
  })

  it('accepts exactly the slots the day lays out on the days the clocks change', () => {
    const night = rules({ weekly: [{ days: ['sun'], opens: '00:00', closes: '05:00' }], slotMinutes: 30, minNoticeHours: 0, bookAheadDays: 365 })
    for (const date of ['2027-03-28', '2027-10-31']) {
      const laid = slotsOfDay(night, date).map((s) => s.start.getTime())
      for (let t = Date.parse(`${date}T00:00:00.000Z`) - 3 * 3_600_000; t < Date.parse(`${date}T06:00:00.000Z`); t += 15 * 60_000) {
        const verdict = checkSlot(night, now, new Date(t).toISOString())
        expect(verdict === true, new Date(t).toISOString()).toBe(laid.includes(t))
      }
    }
    // 02:30 on 28 March does not exist in Madrid; 02:30 on 31 October exists twice and is offered once.
    expect(slotsOfDay(night, '2027-03-28').map((s) => s.localTime)).not.toContain('02:30')
    expect(slotsOfDay(night, '2027-10-31').filter((s) => s.localTime === '02:30')).toHaveLength(1)
  })

  it('counts the window in the mission\'s local days', () => {
    // 23:30 UTC on 4 January is the 5th in Madrid: the window's first day moves with it.
    expect(bookingDates(r, new Date('2027-01-04T23:30:00.000Z'))).toEqual({ first: '2027-01-05', last: '2027-03-06' })
    const { fromIso, toIso } = windowBounds(r, now)
    expect(fromIso).toBe(now.toISOString())
    expect(toIso).toBe('2027-03-05T23:00:00.000Z') // midnight starting 6 March in Madrid
  })
})

describe('availability', () => {
  const now = new Date('2027-01-04T08:45:00.000Z')
  const r = rules({ closedDates: ['2027-01-06'], bookAheadDays: 7 })

  it('lists open days of the window with their bookable slots, closures and notice honoured', () => {
    const days = availability(r, now, NONE)
    expect(days.map((d) => d.date)).toEqual(['2027-01-05', '2027-01-07', '2027-01-08', '2027-01-11'])
    // The 5th: 09:00 and 09:30 are under 24 hours away (now is 09:45); 10:00 onwards can be booked.
    expect(days[0]!.slots.map((s) => s.localTime)).toEqual(['10:00', '10:30'])
    expect(days[1]!.slots[0]).toEqual({
      start: '2027-01-07T08:00:00.000Z', end: '2027-01-07T08:30:00.000Z', localDate: '2027-01-07', localTime: '09:00', places: 2, taken: 0, free: 2,
    })
  })

  it('counts taken places, keeps full slots as full, and leaves out days with no free place', () => {
    const full = new Map([
      ['2027-01-05T09:00:00.000Z', 2], ['2027-01-05T09:30:00.000Z', 2],
      ['2027-01-07T08:00:00.000Z', 1],
    ])
    const days = availability(r, now, full)
    expect(days[0]!.date).toBe('2027-01-07')
    expect(days[0]!.slots[0]).toMatchObject({ taken: 1, free: 1 })
    expect(nextAvailableDate(r, now, full)).toBe('2027-01-07')
  })

  it('gives, for listed dates, exactly the days the whole list has for them (a refusal reads only its own days)', () => {
    const full = new Map([['2027-01-05T09:00:00.000Z', 2], ['2027-01-05T09:30:00.000Z', 2], ['2027-01-07T08:00:00.000Z', 1]])
    const whole = availability(r, now, full)
    const asked = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-09', '2027-01-11', '2027-01-12', '2027-01-07']
    expect(availabilityOn(r, now, full, asked)).toEqual(whole.filter((d) => asked.includes(d.date)))
    expect(availabilityOn(r, now, full, ['2027-01-11', '2027-01-07']).map((d) => d.date)).toEqual(['2027-01-07', '2027-01-11'])
  })

  it('bounds listed days by local midnights, clipped to the window', () => {
    // Madrid is UTC+1 in January: a local day runs from 23:00 UTC the evening before.
    expect(dayBounds(r, now, '2027-01-07', '2027-01-08')).toEqual({ fromIso: '2027-01-06T23:00:00.000Z', toIso: '2027-01-08T23:00:00.000Z' })
    expect(dayBounds(r, now, '2027-01-04', '2027-01-04').fromIso).toBe(now.toISOString())
    expect(dayBounds(r, now, '2027-01-20', '2027-01-20').toIso).toBe(windowBounds(r, now).toIso)
  })

  it('asked again for the same rules, answers from the new clock and places taken (a day\'s layout is kept, not its answer)', () => {
    const first = availability(r, now, NONE)
    const later = new Date('2027-01-04T09:15:00.000Z')
    const again = availability(r, later, new Map([['2027-01-07T08:00:00.000Z', 2]]))
    expect(first[0]!.slots.map((s) => s.localTime)).toEqual(['10:00', '10:30'])
    expect(again[0]!.slots.map((s) => s.localTime)).toEqual(['10:30'])
    expect(again.find((d) => d.date === '2027-01-07')!.slots[0]).toMatchObject({ localTime: '09:00', taken: 2, free: 0 })
    expect(availability(r, now, NONE)).toEqual(first)
  })

  it('has no next date when the window holds no free place', () => {
    expect(nextAvailableDate(rules({ weekly: [] }), now, NONE)).toBeNull()
    expect(nextAvailableDate(rules({ weekly: [{ days: ['sun'], opens: '09:00', closes: '10:00' }], bookAheadDays: 5 }), now, NONE)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'

import { slotsOfDay } from '../../appointments/slots'
import type { ScheduleRules } from '../../appointments/types'
import { localDateOf, localTimeOf } from '../../appointments/zonedTime'
import { bookingTimeline, openDay } from '../bookingTimeline'
import { nextOccurrence } from '../documents/offices'
import { APPOINTMENT_SCHEDULES, BOOKINGS, SCHEDULE_SETTINGS } from './appointments'
import { MISSIONS } from './missions'
import { CLOSURES } from './officeLabels'
import { SERVICES } from './services'

const DAY = 86_400_000

/** The seeded consular office's schedule as loadSchedules reads it: its opening hours and next closures. */
const rulesAt = (now: Date, mission: string, service: string): ScheduleRules => ({
  scheduleId: `${mission}/${service}`, missionId: mission, missionSlug: mission, officeId: 'office', officeName: 'Sección consular',
  serviceId: service, serviceSlug: service, timeZone: 'Europe/Madrid', ...SCHEDULE_SETTINGS,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '14:00' }],
  closedDates: CLOSURES.map((c) => nextOccurrence(c.monthDay, now).slice(0, 10)),
})

/**
 * Every fifth hour of a week (each weekday at several times of day), the days around Christmas
 * and the new year, and around Ecuador's 10 August (holidays to step over, both ways).
 */
const runTimes = [
  ...Array.from({ length: 34 }, (_, i) => new Date(Date.UTC(2027, 0, 4, i * 5))),
  ...Array.from({ length: 16 }, (_, day) => new Date(Date.UTC(2026, 11, 20 + day, 10))),
  ...Array.from({ length: 8 }, (_, day) => new Date(Date.UTC(2027, 7, 6 + day, 16))),
]

describe('demo appointments data', () => {
  it('gives every demo mission its city’s time zone', () => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'))
    for (const m of MISSIONS) expect(zones.has(m.timeZone), m.slug).toBe(true)
    const zoneOf = (slug: string) => MISSIONS.find((m) => m.slug === slug)?.timeZone
    expect([zoneOf('madrid'), zoneOf('barcelona'), zoneOf('cairo'), zoneOf('beijing'), zoneOf('los-angeles')]).toEqual([
      'Europe/Madrid', 'Europe/Madrid', 'Africa/Cairo', 'Asia/Shanghai', 'America/Los_Angeles',
    ])
  })

  it('schedules services the two missions offer, for bookings only at those', () => {
    for (const { mission, service } of APPOINTMENT_SCHEDULES) {
      const type = MISSIONS.find((m) => m.slug === mission)!.type
      expect(SERVICES.find((s) => s.slug === service)?.offeredBy, `${mission} ${service}`).toContain(type)
    }
    const scheduled = new Set(APPOINTMENT_SCHEDULES.map((s) => `${s.mission}/${s.service}`))
    for (const b of BOOKINGS) expect(scheduled.has(`${b.mission}/${b.service}`), b.key).toBe(true)
  })

  it('writes each booking once, in a language of its mission’s site, with invented details not yet marked', () => {
    expect(new Set(BOOKINGS.map((b) => b.key)).size).toBe(BOOKINGS.length)
    for (const b of BOOKINGS) {
      expect(MISSIONS.find((m) => m.slug === b.mission)?.locales, b.key).toContain(b.locale)
      expect(b.name, b.key).not.toMatch(/sample data/)
      expect(b.people, b.key).toBeGreaterThanOrEqual(1)
      expect(b.people, b.key).toBeLessThanOrEqual(6)
      expect(b.place, b.key).toBeLessThanOrEqual(SCHEDULE_SETTINGS.placesPerSlot)
      expect(b.bookedDaysBefore, b.key).toBeGreaterThanOrEqual(2)
      if (b.day < 0) expect(['attended', 'no-show', 'cancelled'], b.key).toContain(b.status)
      else expect(['booked', 'cancelled'], b.key).toContain(b.status)
    }
    const statuses = new Set(BOOKINGS.map((b) => b.status))
    expect(statuses).toEqual(new Set(['booked', 'attended', 'no-show', 'cancelled']))
  })

  it('places every booking on a slot of an open day, never two live ones on one place, past ones in the past, on any run day', () => {
    const problems: string[] = []
    for (const now of runTimes) {
      const taken = new Set<string>()
      const today = localDateOf(now, 'Europe/Madrid')
      for (const b of BOOKINGS) {
        const rules = rulesAt(now, b.mission, b.service)
        const t = bookingTimeline(b, rules, now)
        const at = `${b.key} at ${now.toISOString()}`
        const date = localDateOf(t.slotStart, rules.timeZone)
        if (localTimeOf(t.slotStart, rules.timeZone) !== b.time) problems.push(`${at}: not at ${b.time}`)
        if (rules.closedDates.includes(date) || CLOSURES.some((c) => date.endsWith(c.monthDay))) problems.push(`${at}: on a holiday`)
        if (t.slotEnd.getTime() - t.slotStart.getTime() !== SCHEDULE_SETTINGS.slotMinutes * 60_000) problems.push(`${at}: not a 15-minute slot`)
        if (b.day < 0 && date >= today) problems.push(`${at}: should be before today`)
        if (b.day >= 0 && date < today) problems.push(`${at}: should be today or later`)
        if (t.slotStart.getTime() - now.getTime() > 21 * DAY) problems.push(`${at}: more than three weeks ahead`)
        if (now.getTime() - t.slotStart.getTime() > 35 * DAY) problems.push(`${at}: more than five weeks back`)
        if (t.slotStart.getTime() - t.bookedAt.getTime() < DAY) problems.push(`${at}: booked with less than a day's notice`)
        const times = t.events.map((e) => e.at.getTime())
        if (times.some((time, i) => i > 0 && time <= times[i - 1])) problems.push(`${at}: history out of order`)
        if (Math.max(...times) >= now.getTime()) problems.push(`${at}: history in the future`)
        if (b.status !== 'cancelled') {
          const place = `${b.mission}/${b.service}/${t.slotStart.toISOString()}/${b.place}`
          if (taken.has(place)) problems.push(`${at}: place already taken`)
          taken.add(place)
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([])
  })

  it('agrees with the slot engine on where the slots are', () => {
    const now = runTimes[0]
    for (const b of BOOKINGS) {
      const rules = rulesAt(now, b.mission, b.service)
      const t = bookingTimeline(b, rules, now)
      const starts = slotsOfDay(rules, localDateOf(t.slotStart, rules.timeZone)).map((s) => s.start.getTime())
      expect(starts, b.key).toContain(t.slotStart.getTime())
    }
  })

  it('spreads the next two weeks’ bookings over several days and keeps about a month of past ones', () => {
    const now = runTimes[10]
    const days = (from: number, to: number) =>
      new Set(BOOKINGS.filter((b) => b.day >= from && b.day <= to).map((b) => openDay(rulesAt(now, b.mission, b.service), now, b.day)))
    expect(days(0, 10).size).toBeGreaterThanOrEqual(8)
    expect(days(-20, -1).size).toBeGreaterThanOrEqual(12)
    const past = BOOKINGS.filter((b) => b.status === 'attended' || b.status === 'no-show')
    const noShows = past.filter((b) => b.status === 'no-show').length
    expect(noShows / past.length).toBeGreaterThan(0.15)
    expect(noShows / past.length).toBeLessThan(0.5)
  })
})

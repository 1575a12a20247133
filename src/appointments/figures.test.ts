import { describe, expect, it } from 'vitest'

import { appointmentFigures, appointmentSummary, daysBetween, type BookingFact } from './figures'
import type { ScheduleRules } from './types'

// A Wednesday in Madrid's winter time (UTC+1); the clocks go forward on 28 March, inside the next 30 days.
const NOW = new Date('2027-03-10T11:00:00.000Z')
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const

const rules = (overrides: Partial<ScheduleRules>): ScheduleRules => ({
  scheduleId: 'a', missionId: 'm-mad', missionSlug: 'madrid', officeId: 'o1', officeName: 'Cancillería',
  serviceId: 's-pass', serviceSlug: 'pasaporte', timeZone: 'Europe/Madrid', slotMinutes: 30, placesPerSlot: 2,
  weekly: [{ days: [...WEEKDAYS], opens: '09:00', closes: '10:00' }], closedDates: ['2027-02-15'],
  bookAheadDays: 60, minNoticeHours: 24,
  ...overrides,
})

const officeA = rules({})
// A second office of the same mission for the same service: Tuesdays, one place at 10:00.
const officeB = rules({ scheduleId: 'b', officeId: 'o2', placesPerSlot: 1, weekly: [{ days: ['tue'], opens: '10:00', closes: '10:30' }], closedDates: [] })
// Quito's registry, one place a day for two days, both taken.
const quito = rules({
  scheduleId: 'q', missionId: 'm-gye', missionSlug: 'guayaquil', serviceId: 's-reg', serviceSlug: 'registro', timeZone: 'America/Guayaquil',
  placesPerSlot: 1, weekly: [{ days: [...WEEKDAYS, 'sat', 'sun'], opens: '09:00', closes: '09:30' }], closedDates: [], bookAheadDays: 1, minNoticeHours: 0,
})

const fact = (scheduleId: string, slotStart: string, status: BookingFact['status']): BookingFact => {
  const s = [officeA, officeB, quito].find((r) => r.scheduleId === scheduleId)!
  return { scheduleId, missionId: s.missionId, serviceId: s.serviceId, slotStart, status }
}

const bookings: BookingFact[] = [
  // Friday 12 March at 09:00 and 09:30, both places of both slots: office A's first free day becomes Monday.
  fact('a', '2027-03-12T08:00:00.000Z', 'booked'), fact('a', '2027-03-12T08:00:00.000Z', 'booked'),
  fact('a', '2027-03-12T08:30:00.000Z', 'booked'), fact('a', '2027-03-12T08:30:00.000Z', 'booked'),
  // Given back: holds nothing.
  fact('a', '2027-03-15T08:00:00.000Z', 'cancelled'),
  fact('a', '2027-03-01T08:00:00.000Z', 'attended'), fact('a', '2027-03-01T08:00:00.000Z', 'no-show'),
  fact('a', '2027-03-02T08:00:00.000Z', 'attended'),
  // Not checked in: a place used, but neither attended nor a no-show.
  fact('a', '2027-03-03T08:00:00.000Z', 'booked'),
  // Outside the last 30 days, inside the last 90.
  fact('a', '2027-02-01T08:00:00.000Z', 'no-show'),
  // Outside the last 90 days.
  fact('a', '2026-11-02T08:00:00.000Z', 'no-show'),
  fact('b', '2027-03-09T09:00:00.000Z', 'attended'),
  fact('q', '2027-03-10T14:00:00.000Z', 'booked'), fact('q', '2027-03-11T14:00:00.000Z', 'booked'),
]

describe('appointmentFigures', () => {
  const [guayaquil, madrid] = appointmentFigures({ schedules: [officeA, officeB, quito], bookings }, NOW)

  it('pools the offices of a mission that take the same service, one row per mission × service by slug', () => {
    expect([guayaquil!.missionSlug, madrid!.missionSlug]).toEqual(['guayaquil', 'madrid'])
    expect(madrid).toMatchObject({ missionId: 'm-mad', serviceSlug: 'pasaporte', offices: 2, timeZone: 'Europe/Madrid' })
  })

  it('gives the earliest local date with a free place at any office, and the calendar days to it', () => {
    // Thursday is inside the 24 hours' notice, Friday is full; Monday at office A beats Tuesday at office B.
    expect(madrid).toMatchObject({ nextAvailableDate: '2027-03-15', waitingDays: 5 })
    expect(guayaquil).toMatchObject({ nextAvailableDate: null, waitingDays: null })
  })

  it('counts places offered and held over the last 30 days, closed days left out', () => {
    // Office A: 22 weekdays from Tue 9 Feb to Wed 10 March less Mon 15 Feb, 4 places each; office B: 5 Tuesdays.
    expect(madrid!.past30).toEqual({ offered: 21 * 4 + 5, taken: 5, usedShare: 0.06 })
  })

  it('counts the next 30 days across the change to summer time, cancelled places not held', () => {
    // Office A: 22 weekdays from Thu 11 March to Fri 9 April; office B: 4 Tuesdays.
    expect(madrid!.next30).toEqual({ offered: 22 * 4 + 4, taken: 4, usedShare: 0.04 })
  })

  it('offers ahead only what the booking window lets people book', () => {
    expect(guayaquil!.next30).toEqual({ offered: 2, taken: 2, usedShare: 1 })
  })

  it('rates no-shows over those checked in during the last 90 days', () => {
    expect(madrid!.last90).toEqual({ attended: 3, noShows: 2, rate: 0.4 })
    expect(guayaquil!.last90).toEqual({ attended: 0, noShows: 0, rate: null })
  })

  it('summarises rows with sums and pooled rates', () => {
    expect(appointmentSummary([madrid!, guayaquil!])).toEqual({
      services: 2,
      waitingDays: { median: 5, max: 5 },
      fullyBooked: 1,
      past30: { offered: 89 + 30, taken: 5, usedShare: 0.04 },
      next30: { offered: 94, taken: 6, usedShare: 0.06 },
      last90: { attended: 3, noShows: 2, rate: 0.4 },
    })
    expect(appointmentSummary([])).toMatchObject({ services: 0, waitingDays: { median: null, max: null }, last90: { rate: null } })
  })

  it('counts calendar days between local dates', () => {
    expect(daysBetween('2027-03-10', '2027-03-10')).toBe(0)
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2)
  })
})

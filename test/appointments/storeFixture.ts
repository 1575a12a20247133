import type { Payload } from 'payload'

import { loadScheduleRules } from '../../src/appointments/schedules'
import type { ScheduleRules } from '../../src/appointments/types'
import { createMission, officeData } from '../collections/helpers/missions'

/** A Monday in winter, 08:00 in Madrid: the clock the store tests book from. */
export const NOW = new Date('2027-01-04T07:00:00.000Z')

export const serviceData = (slug: string, title: string) => ({
  title, slug, summary: `${title}: what to bring`, category: 'passports', audience: ['nationals'],
  requirements: [{ requirement: 'Current passport' }], _status: 'published',
})

/**
 * Madrid (Europe/Madrid) with one office offering passports but not visas, and a passport
 * schedule: weekdays 09:00–13:00, 15-minute slots, `places` per slot, 60 days ahead, 24 hours' notice.
 */
export async function buildStoreFixture(payload: Payload, { places = 1, slug = 'madrid' } = {}) {
  const passports = await payload.create({ collection: 'services', data: serviceData(`passports-${slug}`, 'Pasaportes') as never })
  const visas = await payload.create({ collection: 'services', data: serviceData(`visas-${slug}`, 'Visados') as never })
  const mission = await createMission(payload, slug, {
    timeZone: 'Europe/Madrid',
    offices: [officeData({ services: [passports.id], closures: [{ date: '2027-01-06T12:00:00.000Z', reason: 'Reyes' }] })],
  })
  const officeId = String(mission.offices![0]!.id)
  const schedule = await payload.create({
    collection: 'appointment-schedules',
    data: {
      mission: mission.id, office: officeId, service: passports.id, slotMinutes: 15, placesPerSlot: places,
      weeklySchedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' }],
      bookAheadDays: 60, minNoticeHours: 24,
    } as never,
  })
  const rules = (await loadScheduleRules(payload, schedule.id)) as ScheduleRules
  if (!rules) throw new Error('the fixture schedule did not load')
  return { mission, officeId, passports, visas, schedule, rules }
}

export const applicant = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ana Pérez', email: 'ana@example.org', phone: '', documentNumber: 'X1234567', people: 1, locale: 'es' as const, ...overrides,
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { planMissionSite } from '../../src/build/planMissionSite'
import { loadShared, loadNetwork } from '../../src/content/loadNetwork'
import { missionSiteView } from '../../src/content/missionSiteView'
import { createMission, officeData } from '../collections/helpers/missions'
import { startTestPayload, type TestPayload } from '../support/testPayload'

/** Monday 4 January 2027, 08:00 in Madrid. */
const NOW = new Date('2027-01-04T07:00:00.000Z')
const CMS = 'https://cms.example.gob.ec'
const SEEDING = { seeding: true }

let t: TestPayload
let payload: Payload
let ids: { mission: string; passport: string; registration: string; consular: string; annex: string }
let sequence = 2027_000_000

const serviceData = (slug: string, title: string) => ({
  title, slug, summary: `${title}.`, category: 'passports', audience: ['nationals'], missions: [] as string[], _status: 'published',
})

/** A booking row as the store writes it; its applicant is what must never reach a site. */
async function book(schedule: string, service: string, office: string, startIso: string, status = 'booked', place = 1) {
  sequence += 1
  const start = new Date(startIso)
  await payload.create({
    collection: 'bookings',
    context: SEEDING,
    data: {
      reference: `MAD-2027-A${String(sequence % 1_000_000).padStart(6, '0')}`, sequence, mission: ids.mission, schedule, service, office,
      slotStart: start.toISOString(), slotEnd: new Date(start.getTime() + 30 * 60_000).toISOString(), place,
      placeKey: status === 'cancelled' ? `released:${sequence}` : `${schedule}|${start.toISOString()}|${place}`,
      idempotencyKey: `test:${sequence}`, name: `Applicant ${sequence} (sample data)`, email: `applicant${sequence}@example.org`,
      people: 1, locale: 'es', status,
    } as never,
  })
}

const schedule = (office: string, service: string, days: string[], opens: string, closes: string) =>
  payload.create({
    collection: 'appointment-schedules',
    data: { mission: ids.mission, office, service, slotMinutes: 30, placesPerSlot: 1, weeklySchedule: [{ days, opens, closes }], bookAheadDays: 60, minNoticeHours: 24 } as never,
  })

async function siteAt(now: Date, locale: 'es' | 'en' = 'es') {
  const shared = { ...(await loadShared(payload)), cmsUrl: CMS }
  const raw = await loadNetwork(payload, { missions: ['madrid', 'quito-free'], now }, shared)
  return { raw, site: missionSiteView(raw, 'madrid', locale) }
}

let scheduleA: string
let scheduleB: string

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const passport = await payload.create({ collection: 'services', data: serviceData('pasaporte', 'Pasaporte') as never })
  const registration = await payload.create({ collection: 'services', data: serviceData('registro', 'Registro consular') as never })
  const services = [passport.id, registration.id]
  const mission = await createMission(payload, 'madrid', {
    timeZone: 'Europe/Madrid',
    offices: [
      officeData({ services, closures: [{ date: '2027-01-06T12:00:00.000Z', reason: 'Reyes' }] }),
      officeData({ name: 'Anexo', isMain: false, services }),
    ],
  })
  await createMission(payload, 'quito-free', { timeZone: 'America/Guayaquil', offices: [officeData({ services })] })
  for (const s of services) await payload.update({ collection: 'services', id: s, data: { missions: [mission.id] } as never })
  const [consular, annex] = mission.offices!.map((o) => String(o.id))
  ids = { mission: mission.id, passport: passport.id, registration: registration.id, consular, annex }

  // The consular office: weekdays 09:00–10:00, two slots a day; closed on 6 January.
  scheduleA = (await schedule(consular, passport.id, ['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '10:00')).id
  // The annex: Wednesdays only, 11:00–12:00.
  scheduleB = (await schedule(annex, passport.id, ['wed'], '11:00', '12:00')).id
  // Tuesday 5 January at the consular office is full; a cancelled booking gives its place back.
  await book(scheduleA, passport.id, consular, '2027-01-05T08:00:00.000Z')
  await book(scheduleA, passport.id, consular, '2027-01-05T08:30:00.000Z')
  await book(scheduleA, passport.id, consular, '2027-01-07T08:00:00.000Z', 'cancelled')
}, 240_000)

afterAll(async () => {
  await t?.close()
})

describe('the next free appointment, read for the sites', () => {
  it('is the earliest date over the offices that give the service, from the places taken in the database', async () => {
    const { site } = await siteAt(NOW)
    const passport = site.services.find((s) => s.slug === 'pasaporte')!
    // Tuesday full, Wednesday a holiday at the consular office: the annex's Wednesday comes first.
    expect(passport.booking).toEqual({ url: `${CMS}/citizen/appointments?mission=madrid&locale=es&service=pasaporte`, nextDate: '2027-01-06' })
    expect(site.mission.bookingUrl).toBe(`${CMS}/citizen/appointments?mission=madrid&locale=es`)
  })

  it('moves on when an office fills up, and counts from the clock it is given', async () => {
    await book(scheduleB, ids.passport, ids.annex, '2027-01-06T10:00:00.000Z')
    await book(scheduleB, ids.passport, ids.annex, '2027-01-06T10:30:00.000Z')
    expect((await siteAt(NOW)).site.services.find((s) => s.slug === 'pasaporte')!.booking?.nextDate).toBe('2027-01-07')
    // Thursday 7 at 08:00 in Madrid: 24 hours' notice leaves Friday as the first day.
    expect((await siteAt(new Date('2027-01-07T07:00:00.000Z'))).site.services.find((s) => s.slug === 'pasaporte')!.booking?.nextDate).toBe('2027-01-08')
  })

  it('gives no booking to a service without a schedule, nor to a mission without any; a schedule switched off counts as none', async () => {
    const { raw, site } = await siteAt(NOW)
    expect(site.services.find((s) => s.slug === 'registro')!.booking).toBeNull()
    const free = raw.missions.find((m) => m.slug === 'quito-free')!
    expect(raw.appointments!.filter((f) => f.missionId === free.id)).toEqual([])

    const registration = await schedule(ids.consular, ids.registration, ['mon'], '09:00', '10:00')
    expect((await siteAt(NOW)).site.services.find((s) => s.slug === 'registro')!.booking?.nextDate).toBe('2027-01-11')
    await payload.update({ collection: 'appointment-schedules', id: registration.id, data: { active: false } as never })
    expect((await siteAt(NOW)).site.services.find((s) => s.slug === 'registro')!.booking).toBeNull()
  })

  it('carries only dates and ids to the sites, and the pages show the date and the link but no applicant', async () => {
    const { raw } = await siteAt(NOW, 'en')
    for (const fact of raw.appointments!) expect(Object.keys(fact).sort()).toEqual(['missionId', 'nextDate', 'officeId', 'serviceId'])
    const plan = planMissionSite(raw, 'madrid', { today: '2027-01-04' })
    const page = String(plan.files.find((f) => f.path === 'en/services/pasaporte/index.html')!.contents)
    expect(page).toContain('<time datetime="2027-01-07">Thursday, January 7, 2027</time>')
    expect(page).toContain(`href="${CMS}/citizen/appointments?mission=madrid&amp;locale=en&amp;service=pasaporte"`)
    const home = String(plan.files.find((f) => f.path === 'en/index.html')!.contents)
    expect(home).toContain(`href="${CMS}/citizen/appointments?mission=madrid&amp;locale=en"`)
    const everything = plan.files.map((f) => String(f.contents)).join('\n')
    expect(everything).not.toMatch(/Applicant \d+|applicant\d+@example\.org/)
  })
})

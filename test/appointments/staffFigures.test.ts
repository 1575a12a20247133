import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOW_CONTEXT } from '../../collections/Bookings/hooks/changeStatusByStaff'
import { appointmentFigures } from '../../src/appointments/figures'
import { loadAppointmentFigureData } from '../../src/appointments/loadFigures'
import { formatAuditTable } from '../../src/audit/formatTable'
import { runAudit } from '../../src/audit/runAudit'
import { planOpenData } from '../../src/build/planOpenData'
import { loadMinistryNetwork } from '../../src/content/loadNetwork'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { bookAt, buildStaffFixture } from './staffFixture'
import { NOW } from './storeFixture'

/*
 * The clock is Monday 4 January 2027, 08:00 in Madrid (storeFixture's NOW). Both missions'
 * passport schedules: weekdays 09:00–13:00 in 15-minute slots, two places each (32 places a
 * day); the office is closed on Wednesday 6 January.
 *
 * Madrid: three appointments in the last 30 days (two attended, one no-show) and two ahead;
 * Cairo: one appointment ahead. Worked out by hand:
 * - offered in the last 30 days: the 20 weekdays from Mon 7 Dec to Fri 1 Jan, 640 places;
 * - offered in the next 30: the 21 weekdays from Mon 4 Jan to Tue 2 Feb less 6 Jan, 672 places;
 * - next available: Tuesday 5 January (24 hours' notice), one day's wait.
 */
const DAY_MS = 86_400_000
let t: TestPayload
let fx: Awaited<ReturnType<typeof buildStaffFixture>>
const APPLICANT_FIELDS = ['Applicant', '@example.org', 'X1234567', 'MAD-', 'CAI-']

const setStatus = (id: string, status: 'attended' | 'no-show') =>
  t.payload.update({ collection: 'bookings', id, data: { status }, context: { [NOW_CONTEXT]: NOW } })

beforeAll(async () => {
  t = await startTestPayload()
  fx = await buildStaffFixture(t.payload)
  const threeWeeksBefore = new Date(NOW.getTime() - 21 * DAY_MS)
  const [a, b, c] = [
    await bookAt(t.payload, fx.madrid.rules, threeWeeksBefore, 0),
    await bookAt(t.payload, fx.madrid.rules, threeWeeksBefore, 0),
    await bookAt(t.payload, fx.madrid.rules, threeWeeksBefore, 5),
  ]
  await setStatus(a.id, 'attended')
  await setStatus(b.id, 'attended')
  await setStatus(c.id, 'no-show')
  await bookAt(t.payload, fx.madrid.rules, NOW, 0)
  await bookAt(t.payload, fx.madrid.rules, NOW, 3)
  await bookAt(t.payload, fx.cairo.rules, NOW, 0)
  await t.payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'https://www.cancilleria.example/' } as never, context: { seeding: true } })
})
afterAll(async () => {
  await t?.close()
})

const MADRID = {
  missionSlug: 'madrid', serviceSlug: 'passports-madrid', offices: 1, timeZone: 'Europe/Madrid',
  nextAvailableDate: '2027-01-05', waitingDays: 1,
  past30: { offered: 640, taken: 3, usedShare: 0 },
  next30: { offered: 672, taken: 2, usedShare: 0 },
  last90: { attended: 2, noShows: 1, rate: 0.33 },
}

describe('appointment figures on a real database', () => {
  it('reads the known bookings into the known figures, per mission and service', async () => {
    const data = await loadAppointmentFigureData(t.payload, { now: NOW, reader: 'operator' })
    const rows = appointmentFigures(data, NOW)
    expect(rows.map((r) => r.missionSlug)).toEqual(['cairo', 'madrid'])
    expect(rows[1]).toMatchObject(MADRID)
    expect(rows[0]).toMatchObject({ next30: { offered: 672, taken: 1 }, last90: { rate: null } })
  })

  it('reads bookings as slots and statuses only', async () => {
    const data = await loadAppointmentFigureData(t.payload, { now: NOW, reader: 'operator' })
    expect(Object.keys(data.bookings[0]!).sort()).toEqual(['missionId', 'scheduleId', 'serviceId', 'slotStart', 'status'])
    const text = JSON.stringify(data)
    for (const personal of APPLICANT_FIELDS) expect(text).not.toContain(personal)
  })

  it('reads a mission editor’s own missions’ bookings only, through their access rules', async () => {
    const data = await loadAppointmentFigureData(t.payload, { now: NOW, reader: { user: fx.cairoEditor.user as never } })
    expect(new Set(data.bookings.map((b) => b.missionId))).toEqual(new Set([String(fx.cairo.mission.id)]))
    // Schedules are public facts: the waits of every mission, the bookings of one's own.
    expect(appointmentFigures(data, NOW).find((r) => r.missionSlug === 'madrid')).toMatchObject({ past30: { taken: 0 }, last90: { rate: null } })
    expect(await loadAppointmentFigureData(t.payload, { now: NOW }).then((d) => d.bookings)).toEqual([])
  })
})

describe('the audit’s interaction axis', () => {
  it('carries each mission’s appointment figures and the network’s pooled ones', async () => {
    const report = await runAudit(t.payload, { scope: { kind: 'network' }, now: NOW })
    const madrid = report.missions.find((m) => m.slug === 'madrid')!
    expect(madrid.appointments).toEqual([expect.objectContaining(MADRID)])
    expect(madrid.interaction.appointments).toMatchObject({ services: 1, waitingDays: { median: 1, max: 1 }, last90: { rate: 0.33 } })
    expect(report.network.interaction.appointments).toEqual({
      services: 2,
      waitingDays: { median: 1, max: 1 },
      fullyBooked: 0,
      past30: { offered: 1280, taken: 3, usedShare: 0 },
      next30: { offered: 1344, taken: 3, usedShare: 0 },
      last90: { attended: 2, noShows: 1, rate: 0.33 },
    })
  })

  it('prints them in the table npm run audit writes', async () => {
    const table = formatAuditTable(await runAudit(t.payload, { scope: { kind: 'network' }, now: NOW }))
    expect(table).toMatch(/Appointments +2 services, wait median 1 d, longest 1 d/)
    expect(table).toMatch(/No-shows \(90 days\) +33% \(1 of 3\)/)
    expect(table).toMatch(/madrid +passports-madrid +1 +2027-01-05 +1 d +0% \(3 of 640\) +0% \(2 of 672\) +33% \(1 of 3\)/)
    for (const personal of APPLICANT_FIELDS) expect(table).not.toContain(personal)
  })

  it('shows a mission editor their own missions’ figures only', async () => {
    const report = await runAudit(t.payload, { scope: { kind: 'missions', missionIds: [String(fx.cairo.mission.id)] }, user: fx.cairoEditor.user as never, now: NOW })
    expect(report.missions.map((m) => m.slug)).toEqual(['cairo'])
    expect(report.network.interaction.appointments).toMatchObject({ services: 1, next30: { taken: 1 } })
  })
})

describe('the ministry’s open data', () => {
  const files = async () => {
    const raw = {
      // The ministry's build reads the figures itself, at its own clock.
      ...(await loadMinistryNetwork(t.payload, 10, undefined, NOW)),
      cmsUrl: 'https://cms.cancilleria.example',
    }
    const planned = planOpenData(raw, { baseUrl: 'https://www.cancilleria.example/' })
    const file = (path: string) => planned.find((f) => f.path === path)?.contents as string
    return { json: JSON.parse(file('data/appointments.json')), csv: file('data/appointments.csv') }
  }

  it('publishes the next available date and places offered and taken per mission and service', async () => {
    const { json } = await files()
    expect(json).toMatchObject({ publisher: 'Cancillería', homepage: 'https://www.cancilleria.example/', asOf: NOW.toISOString().slice(0, 10), countedDays: 30 })
    expect(json.services).toEqual([
      expect.objectContaining({ mission: 'cairo', service: 'passports-cairo', nextAvailableDate: '2027-01-05', takenNext30Days: 1 }),
      {
        mission: 'madrid', missionName: 'Embajada madrid', country: 'ES', service: 'passports-madrid', serviceName: 'Pasaportes',
        timeZone: 'Europe/Madrid', offices: 1, nextAvailableDate: '2027-01-05', waitingDays: 1,
        offeredPast30Days: 640, takenPast30Days: 3, offeredNext30Days: 672, takenNext30Days: 2,
        bookingUrl: 'https://cms.cancilleria.example/citizen/appointments?mission=madrid&locale=es&service=passports-madrid',
      },
    ])
  })

  it('writes the same rows as CSV, and no personal field in either', async () => {
    const { json, csv } = await files()
    const rows = parse(csv, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.mission, r.service, r.nextAvailableDate, r.takenPast30Days])).toEqual([
      ['cairo', 'passports-cairo', '2027-01-05', '0'],
      ['madrid', 'passports-madrid', '2027-01-05', '3'],
    ])
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(json.services[0]))
    for (const personal of APPLICANT_FIELDS) {
      expect(csv).not.toContain(personal)
      expect(JSON.stringify(json)).not.toContain(personal)
    }
    for (const field of ['name', 'email', 'phone', 'documentNumber', 'reference', 'people', 'status']) expect(Object.keys(json.services[0])).not.toContain(field)
  })
})

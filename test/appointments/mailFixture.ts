import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ICAL from 'ical.js'
import type { Attachment, ParsedMail } from 'mailparser'
import { getPayload, type Payload } from 'payload'

import { book } from '../../src/appointments/bookingStore'
import { loadScheduleRules } from '../../src/appointments/schedules'
import type { ScheduleRules } from '../../src/appointments/types'
import { createConfig } from '../../src/config/createConfig'
import { createMission, officeData } from '../collections/helpers/missions'
import { withSchemaPush } from '../support/forcedSchemaPush'
import { TEST_SECRET } from '../support/testPayload'

export const CMS = 'https://cms.example.gob.ec'
export const ENV = { CMS_PUBLIC_URL: CMS }

export type MailTestPayload = { payload: Payload; dataDir: string; close: () => Promise<void> }

/** A Payload on a fresh SQLite file whose mail goes to `smtpUrl` (the loopback sink), as in production. */
export async function startMailPayload(smtpUrl: string): Promise<MailTestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-appointment-mail-'))
  const config = createConfig({
    DATABASE_URL: `file:${path.join(dataDir, 'test.db')}`, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: dataDir, NODE_ENV: 'test',
    // The fixture's saves queue site rebuilds: should one run, it writes here, not into the project's dist/.
    SITES_DIR: path.join(dataDir, 'sites'),
    SMTP_URL: smtpUrl, MAIL_FROM: 'Cancillería <citas@example.gob.ec>',
  })
  const payload = await withSchemaPush(() => getPayload({ config, key: dataDir }))
  return {
    payload, dataDir,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

const WEEKDAYS_9_TO_5 = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }]

/** A published service with what to bring, in Spanish and English. */
export async function createService(payload: Payload, slug: string) {
  const service = await payload.create({
    collection: 'services', locale: 'es',
    data: {
      title: 'Renovación de pasaporte', slug, summary: 'Pasaporte nuevo', category: 'passports', audience: ['nationals'], _status: 'published',
      requirements: [{ requirement: 'Pasaporte actual' }, { requirement: 'Una fotografía reciente en color' }],
    } as never,
  })
  const rows = (service.requirements ?? []) as { id: string }[]
  await payload.update({
    collection: 'services', id: service.id, locale: 'en',
    data: { title: 'Passport renewal', summary: 'New passport', _status: 'published', requirements: [{ id: rows[0]!.id, requirement: 'Current passport' }, { id: rows[1]!.id, requirement: 'A recent colour photograph' }] } as never,
  })
  return service
}

/** A mission in `timeZone` whose one office books `service` on weekdays, 09:00–17:00 local, in 30-minute slots. */
export async function createSchedule(payload: Payload, slug: string, timeZone: string, serviceId: string, office: Record<string, unknown> = {}): Promise<ScheduleRules> {
  const mission = await createMission(payload, slug, { timeZone, offices: [officeData({ services: [serviceId], openingHours: WEEKDAYS_9_TO_5, ...office })] })
  const schedule = await payload.create({
    collection: 'appointment-schedules',
    data: { mission: mission.id, office: String(mission.offices![0]!.id), service: serviceId, slotMinutes: 30, placesPerSlot: 2, weeklySchedule: WEEKDAYS_9_TO_5, bookAheadDays: 60, minNoticeHours: 24 } as never,
  })
  const rules = await loadScheduleRules(payload, schedule.id)
  if (!rules) throw new Error(`the ${slug} schedule did not load`)
  return rules
}

export const applicant = (n: number | string, overrides: Record<string, unknown> = {}) => ({
  name: `Ana Pérez ${n}`, email: `ana${n}@example.org`, phone: '+34 600 000 000', documentNumber: `X${n}23456`, people: 1, locale: 'es' as const, key: `key-${n}`, ...overrides,
})

export async function bookOrFail(payload: Payload, rules: ScheduleRules, slot: string, who: ReturnType<typeof applicant>, now: Date) {
  const result = await book(payload, rules, slot, who, now)
  if (!result.ok) throw new Error(`could not book ${slot}: ${result.reason}`)
  return result.booking
}

export const calendarOf = (mail: ParsedMail): Attachment | undefined => mail.attachments.find((a) => a.filename?.endsWith('.ics'))

/** The .ics as ical.js reads it, its time zones registered so DTSTART resolves to an instant. */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const vevent = calendar.getFirstSubcomponent('vevent')!
  return { calendar, vevent, event: new ICAL.Event(vevent) }
}

/** The manage link in a mail's text. */
export const manageLinkIn = (text: string | undefined) => /https:\/\/cms\.example\.gob\.ec\/citizen\/appointments\/manage\?\S+/.exec(text ?? '')?.[0]

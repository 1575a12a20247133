import type { Payload } from 'payload'

import { tokenForBooking } from '../../src/appointments/bookingStore'
import type { FlowMail } from '../../src/appointments/flow/flowMail'
import { createMission, officeData } from '../collections/helpers/missions'

/** Monday 4 January 2027, 08:00 in Madrid: with 24 hours' notice the first time is Tuesday 09:00. */
export const NOW = new Date('2027-01-04T07:00:00.000Z')
export const CMS = 'https://cms.example.gob.ec'
export const SITE_ORIGIN = 'https://madrid.example.gob.ec'
export const HOSTILE_NAME = '<script>alert("x")</script> & Ñúñez'

async function service(payload: Payload, slug: string, es: string, en: string, requirements: [string, string][]) {
  const doc = await payload.create({
    collection: 'services', locale: 'es',
    data: { title: es, slug, summary: `${es}: cita previa`, category: 'passports', audience: ['nationals'], _status: 'published', requirements: requirements.map(([requirement]) => ({ requirement })) } as never,
  })
  const rows = (doc.requirements ?? []) as { id: string }[]
  await payload.update({
    collection: 'services', id: doc.id, locale: 'en',
    data: { title: en, summary: `${en}: appointments`, _status: 'published', requirements: requirements.map(([, requirement], i) => ({ id: rows[i]!.id, requirement })) } as never,
  })
  return doc
}

/**
 * Madrid (Europe/Madrid), its site in all five languages, with two offices: the chancery books
 * passports (two places every 30 minutes) and registrations (one place), the Valencia office
 * passports only and is named with markup. Visas are shown on the site but take no
 * appointments. 6 January is a closure.
 */
export async function buildFlowFixture(payload: Payload) {
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'https://www.cancilleria.example/' }, context: { seeding: true } })
  const passports = await service(payload, 'pasaportes', 'Pasaportes', 'Passports', [['Pasaporte actual', 'Current passport'], ['Fotografía reciente', 'A recent photograph']])
  const registration = await service(payload, 'registro', 'Registro consular', 'Consular registration', [['Documento de identidad', 'Identity document']])
  const visas = await service(payload, 'visados', 'Visados', 'Visas', [])
  const mission = await createMission(payload, 'madrid', {
    timeZone: 'Europe/Madrid', siteLocales: ['es', 'en', 'fr', 'zh', 'ar'], defaultLocale: 'es', baseUrl: `${SITE_ORIGIN}/`,
    offices: [
      officeData({ services: [passports.id, registration.id, visas.id], closures: [{ date: '2027-01-06T12:00:00.000Z', reason: 'Reyes' }] }),
      officeData({ name: 'Oficina de Valencia <b>consular</b>', isMain: false, services: [passports.id], address: { street: 'Avenida de Aragón 30', postalCode: '46021', city: 'Valencia', country: 'ES' } }),
    ],
  })
  for (const s of [passports, registration, visas]) {
    await payload.update({ collection: 'services', id: s.id, data: { missions: [mission.id] } as never })
  }
  const [chancery, valencia] = mission.offices!.map((o) => String(o.id)) as [string, string]
  const schedule = (office: string, serviceId: string, places: number, slotMinutes: number) => payload.create({
    collection: 'appointment-schedules',
    data: {
      mission: mission.id, office, service: serviceId, slotMinutes, placesPerSlot: places,
      weeklySchedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' }],
      bookAheadDays: 60, minNoticeHours: 24,
    } as never,
  })
  await schedule(chancery, passports.id, 2, 30)
  await schedule(chancery, registration.id, 1, 60)
  await schedule(valencia, passports.id, 1, 30)
  return { mission, chancery, valencia, passports, registration, visas }
}

/** What the flow would mail, without a mail server. */
export function recordingMail(): FlowMail & { sent: { kind: 'confirmed' | 'cancelled'; bookingId: string; moved?: boolean }[] } {
  const sent: { kind: 'confirmed' | 'cancelled'; bookingId: string; moved?: boolean }[] = []
  return {
    sent,
    confirmed: async (_payload, bookingId, { moved }) => { sent.push({ kind: 'confirmed', bookingId, moved }) },
    cancelled: async (_payload, bookingId) => { sent.push({ kind: 'cancelled', bookingId }) },
  }
}

/** A form as the browser posts it from a page the CMS served (same origin). */
export function formPost(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { origin: CMS, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.9', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

/** The booking's current manage token, as the latest mail carries it. */
export async function currentToken(payload: Payload, reference: string): Promise<{ id: string; token: string }> {
  const found = await payload.find({ collection: 'bookings', where: { reference: { equals: reference } }, showHiddenFields: true, depth: 0 })
  const doc = found.docs[0]!
  return { id: doc.id, token: tokenForBooking(payload, doc as never) }
}

/** The hidden and visible fields of the first form on a page whose action ends with `path`, as the browser would send them. */
export function formFields(html: string, path: string): Record<string, string> {
  const forms = [...html.matchAll(/<form\b[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)]
  const form = forms.find((m) => decode(m[1]!).split('?')[0]!.endsWith(path))
  if (!form) throw new Error(`no form posting to ${path}`)
  const fields: Record<string, string> = {}
  for (const input of form[2]!.matchAll(/<input\b([^>]*)>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(input[1]!)?.[1]
    const type = attr('type')
    const name = attr('name')
    if (!name || type === 'radio' || type === 'checkbox') continue
    fields[name] = decode(attr('value') ?? '')
  }
  return fields
}

export const decode = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** Every href on a page, decoded. */
export const links = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!))

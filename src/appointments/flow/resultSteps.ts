import type { CitizenAnswer } from '../../citizen/citizenAnswer'
import { bookedPage, cancelledPage } from '../../../templates/appointments/resultPages'
import { isBookingReference } from '../reference'
import type { BookingDoc } from '../types'
import { bookFrame, chosenOffice, chosenService } from './flowFrames'
import type { LocaleCode } from '../../config/locales'
import { cmsOf, flowPage, notFound, readFlowParams, type FlowEndpoint } from './flowEndpoint'
import { bookedUrl, cancelledUrl } from './links'
import { isReferenceSeal } from './referenceSeal'
import type { MissionSite } from './missionSites'
import type { BookingSummary } from './views'

/**
 * The pages a change redirects to: the reference and the appointment, read again from the
 * database so a reload shows what is stored. Only a booking of that mission, in the state the
 * page announces, with the reference's seal (referenceSeal.ts), is shown; no applicant's detail
 * is, the address being the one a browser history keeps.
 */

const idOf = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value))
const iso = (value: string | Date): string => new Date(value).toISOString()

/** A stored booking as its pages show it, worded with the mission's site in the page's language. */
export function summaryOf(ms: MissionSite, doc: BookingDoc, withName = false): BookingSummary {
  const service = ms.site.services.find((s) => s.id === idOf(doc.service))
  return {
    reference: doc.reference,
    status: doc.status as BookingSummary['status'],
    slot: { start: iso(doc.slotStart), end: iso(doc.slotEnd) },
    service: service ? chosenService(service) : null,
    office: chosenOffice(ms, String(doc.office)),
    people: doc.people ?? 1,
    ...(withName ? { name: doc.name ?? '' } : {}),
  }
}

async function bookingByReference(endpoint: FlowEndpoint, url: URL): Promise<{ ms: MissionSite; doc: BookingDoc; seal: string } | null> {
  const params = readFlowParams(url.searchParams)
  const reference = url.searchParams.get('ref')
  if (!params.mission || !isBookingReference(reference)) return null
  const seal = url.searchParams.get('seal')
  if (!isReferenceSeal(endpoint.payload.secret, reference, seal)) return null
  const ms = await endpoint.sites(params.mission, params.locale)
  if (!ms) return null
  const found = await endpoint.payload.find({
    collection: 'bookings', depth: 0, limit: 1, pagination: false, where: { reference: { equals: reference } },
    select: { reference: true, mission: true, service: true, office: true, slotStart: true, slotEnd: true, status: true, people: true },
  })
  const doc = found.docs[0] as BookingDoc | undefined
  return doc && idOf(doc.mission) === ms.missionId ? { ms, doc, seal: seal! } : null
}

/** GET /citizen/appointments/booked?mission=&locale=&ref=[&moved=1] */
export async function answerBookedPage(endpoint: FlowEndpoint, url: URL): Promise<CitizenAnswer> {
  const found = await bookingByReference(endpoint, url)
  if (!found || found.doc.status === 'cancelled') return notFound()
  const { ms, doc, seal } = found
  const cms = cmsOf(endpoint)
  const moved = url.searchParams.get('moved') === '1'
  const frame = { ...bookFrame(cms, ms), hrefIn: (locale: LocaleCode) => bookedUrl(cms, ms.site.mission.slug, locale, doc.reference, seal, moved) }
  const html = bookedPage(frame, summaryOf(ms, doc), moved)
  return flowPage(200, html, ms.site.locale)
}

/** GET /citizen/appointments/cancelled?mission=&locale=&ref= */
export async function answerCancelledPage(endpoint: FlowEndpoint, url: URL): Promise<CitizenAnswer> {
  const found = await bookingByReference(endpoint, url)
  if (!found || found.doc.status !== 'cancelled') return notFound()
  const { ms, doc, seal } = found
  const cms = cmsOf(endpoint)
  const frame = { ...bookFrame(cms, ms), hrefIn: (locale: LocaleCode) => cancelledUrl(cms, ms.site.mission.slug, locale, doc.reference, seal) }
  return flowPage(200, cancelledPage(frame, summaryOf(ms, doc)), ms.site.locale)
}

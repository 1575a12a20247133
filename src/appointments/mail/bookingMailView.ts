import type { Payload, PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../../config/locales'
import type { Booking, Mission, Service } from '../../payload-types'
import { countryName } from '../../../templates/i18n/format'
import type { AppointmentMailView } from '../../../templates/mail/appointmentMail'
import { keptFacts } from '../keptFacts'

export type BookingMailFacts = {
  booking: Booking
  view: AppointmentMailView
  to: { name: string; address: string }
  /** For the link to book again. */
  slugs: { mission: string; service: string }
}

type Office = NonNullable<Mission['offices']>[number]

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)

function addressLines(office: Office, locale: LocaleCode): string[] {
  const { street, postalCode, city, country } = office.address
  return [street, [postalCode, city].filter(Boolean).join(' '), countryName(locale, country)].filter(Boolean)
}

const BOOKING_FIELDS = {
  email: true, anonymisedAt: true, locale: true, mission: true, service: true, office: true, name: true, reference: true,
  slotStart: true, slotEnd: true, people: true, status: true, history: true, cancelledBy: true, cancelReason: true, tokenNonce: true,
} as const
// Only what a mail says: a mission or service read whole (every page field, every office's
// timetable) cost more than writing the mail, and every booking sends one (docs/benchmarks.md).
async function readBooking(payload: Payload, bookingId: string, req?: Partial<PayloadRequest>): Promise<Booking | undefined> {
  const found = await payload.find({
    collection: 'bookings', depth: 0, limit: 1, pagination: false, showHiddenFields: true, where: { id: { equals: bookingId } }, req,
    select: BOOKING_FIELDS,
  })
  return found.docs[0] as Booking | undefined
}

const MISSION_FIELDS = { name: true, slug: true, timeZone: true, offices: { id: true, name: true, address: true } } as const
const SERVICE_FIELDS = { slug: true, title: true, requirements: true } as const

type Readers = { mission: (key: string) => Promise<Mission | null>; service: (key: string) => Promise<Service | null> }
const readers = new WeakMap<Payload, Readers>()

/**
 * The mission and the service as a mail words them, by `${id}|${locale}`: kept a few seconds
 * (keptFacts.ts), as every booking's confirmation reads the same two. Inside a transaction (a
 * job's `req`) they are read afresh, through it.
 */
function readersFor(payload: Payload, req?: Partial<PayloadRequest>): Readers {
  const reader = <T>(collection: 'missions' | 'services', select: Record<string, unknown>, through?: Partial<PayloadRequest>) => (key: string) => {
    const [id, locale] = key.split('|') as [string, LocaleCode]
    return payload.findByID({ collection, id, depth: 0, locale, req: through, select: select as never, disableErrors: true }) as Promise<T | null>
  }
  if (req?.transactionID) return { mission: reader<Mission>('missions', MISSION_FIELDS, req), service: reader<Service>('services', SERVICE_FIELDS, req) }
  let kept = readers.get(payload)
  if (!kept) {
    kept = { mission: keptFacts(reader<Mission>('missions', MISSION_FIELDS)), service: keptFacts(reader<Service>('services', SERVICE_FIELDS)) }
    readers.set(payload, kept)
  }
  return kept
}

/**
 * Everything an appointment e-mail says, read when it is sent (not when it was asked for): a
 * booking moved or anonymised meanwhile is told as it now is, or not at all. Null when there is
 * nobody to write to. The booking comes with its hidden fields: the manage link is made from its nonce.
 * `written`: the row this process has just written (a new booking's confirmation, sent at once),
 * which is what a read would give back; reading one row through the adapter cost about as much
 * as booking it (docs/benchmarks.md, booking under load).
 */
export async function loadBookingMailFacts(payload: Payload, bookingId: string, req?: Partial<PayloadRequest>, written?: Booking): Promise<BookingMailFacts | null> {
  const booking = written?.id === bookingId ? written : await readBooking(payload, bookingId, req)
  if (!booking?.email || booking.anonymisedAt) return null
  const locale: LocaleCode = isLocaleCode(booking.locale) ? booking.locale : 'es'
  const read = readersFor(payload, req)
  const [mission, service] = await Promise.all([read.mission(`${idOf(booking.mission)}|${locale}`), read.service(`${idOf(booking.service)}|${locale}`)])
  if (!mission?.timeZone || !service) return null
  const office = (mission.offices ?? []).find((o) => o.id === booking.office)
  const name = booking.name?.trim() || booking.email
  return {
    booking,
    to: { name, address: booking.email },
    slugs: { mission: mission.slug, service: service.slug },
    view: {
      locale,
      name,
      reference: booking.reference,
      mission: mission.name,
      service: service.title,
      office: office ? { name: office.name, address: addressLines(office, locale) } : { name: mission.name, address: [] },
      slotStart: new Date(booking.slotStart).toISOString(),
      slotEnd: new Date(booking.slotEnd).toISOString(),
      timeZone: mission.timeZone,
      people: booking.people ?? 1,
      requirements: (service.requirements ?? []).map((r) => r.requirement).filter((r): r is string => Boolean(r?.trim())),
    },
  }
}

import type { Payload, PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../../config/locales'
import type { Booking, Mission, Service } from '../../payload-types'
import { countryName } from '../../../templates/i18n/format'
import type { AppointmentMailView } from '../../../templates/mail/appointmentMail'

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

/**
 * Everything an appointment e-mail says, read when it is sent (not when it was asked for): a
 * booking moved or anonymised meanwhile is told as it now is, or not at all. Null when there is
 * nobody to write to. The booking comes with its hidden fields: the manage link is made from its nonce.
 */
export async function loadBookingMailFacts(payload: Payload, bookingId: string, req?: Partial<PayloadRequest>): Promise<BookingMailFacts | null> {
  const found = await payload.find({
    collection: 'bookings', depth: 0, limit: 1, pagination: false, showHiddenFields: true, where: { id: { equals: bookingId } }, req,
  })
  const booking = found.docs[0] as Booking | undefined
  if (!booking?.email || booking.anonymisedAt) return null
  const locale: LocaleCode = isLocaleCode(booking.locale) ? booking.locale : 'es'
  const [mission, service] = await Promise.all([
    payload.findByID({ collection: 'missions', id: idOf(booking.mission), depth: 0, locale, req }) as Promise<Mission>,
    payload.findByID({ collection: 'services', id: idOf(booking.service), depth: 0, locale, req }) as Promise<Service>,
  ])
  if (!mission.timeZone) return null
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

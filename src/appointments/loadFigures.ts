/**
 * Reads what the appointment figures need: the active schedules (public facts) and, for a
 * reader entitled to them, the bookings reduced to schedule, mission, service, slot and status.
 * `select` names those five fields and nothing else, so no name, e-mail or document number is
 * ever read on this path, whatever the figures later become.
 */
import type { Payload, Where } from 'payload'

import { idOf } from '../access/roles'
import type { CitizenDataReader } from '../audit/loadAuditData'
import { NO_SHOW_DAYS, type AppointmentFigureData, type BookingFact } from './figures'
import { loadSchedules } from './schedules'
import type { BookingStatus } from './types'

/** The only fields of a booking the figures ever read. */
export const BOOKING_FIGURE_FIELDS = { schedule: true, mission: true, service: true, slotStart: true, status: true } as const

const DAY_MS = 86_400_000
const STATUSES = new Set<BookingStatus>(['booked', 'cancelled', 'attended', 'no-show'])

export type LoadFigureOptions = {
  now: Date
  /** Who reads the bookings (their access rules decide; 'operator' holds the database). Without one only schedules are read. */
  reader?: CitizenDataReader
  /** Only these missions (ids). */
  missionIds?: string[]
}

export async function loadAppointmentFigureData(payload: Payload, options: LoadFigureOptions): Promise<AppointmentFigureData> {
  const only = options.missionIds ? new Set(options.missionIds) : null
  const [schedules, bookings] = await Promise.all([loadSchedules(payload), readBookingFacts(payload, options)])
  return {
    asOf: options.now.toISOString(),
    schedules: schedules.filter((s) => !only || only.has(s.missionId)),
    bookings,
  }
}

/** Bookings from the oldest day any figure looks back to, as facts without a person in them. */
export async function readBookingFacts(payload: Payload, options: LoadFigureOptions): Promise<BookingFact[]> {
  const reader = options.reader
  if (!reader) return []
  const since = new Date(options.now.getTime() - NO_SHOW_DAYS * DAY_MS).toISOString()
  const where: Where = {
    and: [
      { slotStart: { greater_than_equal: since } },
      ...(options.missionIds ? [{ mission: { in: options.missionIds } }] : []),
    ],
  }
  const found = await payload.find({
    collection: 'bookings', depth: 0, pagination: false, where, select: BOOKING_FIGURE_FIELDS,
    ...(reader === 'operator' ? { overrideAccess: true } : { overrideAccess: false, user: reader.user }),
  } as Parameters<Payload['find']>[0])
  return (found.docs as unknown as Record<string, unknown>[]).flatMap(bookingFact)
}

export function bookingFact(doc: Record<string, unknown>): BookingFact[] {
  const scheduleId = idOf(doc.schedule)
  const missionId = idOf(doc.mission)
  const serviceId = idOf(doc.service)
  const status = doc.status as BookingStatus
  if (!scheduleId || !missionId || !serviceId || typeof doc.slotStart !== 'string' || !STATUSES.has(status)) return []
  return [{ scheduleId, missionId, serviceId, slotStart: new Date(doc.slotStart).toISOString(), status }]
}

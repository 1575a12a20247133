import { newNonce } from '../../appointments/bookingToken'
import { placeKeyOf } from '../../appointments/bookingStore'
import { formatBookingReference } from '../../appointments/reference'
import type { ScheduleRules } from '../../appointments/types'
import type { BookingSeed } from '../data/appointments'
import type { BookingTimeline } from '../bookingTimeline'

/** Marks the seed's own bookings; the flow's keys start with "k:" or "h:" (src/appointments/bookingStore.ts). */
export const seedBookingKey = (seed: BookingSeed): string => `seed:${seed.key}`

/**
 * The whole booking in one create, as if booked, reminded, attended or cancelled on its dates:
 * an update would run the staff hooks (today's date, the cancellation mail), a create runs none.
 * A live booking holds its place by the unique placeKey, as the flow's do; a cancelled one
 * holds a released key no place can equal.
 */
export function bookingData(seed: BookingSeed, timeline: BookingTimeline, rules: ScheduleRules, sequence: number, place: number) {
  const slotStart = timeline.slotStart.toISOString()
  const cancelled = seed.status === 'cancelled'
  const reminded = timeline.events.find((e) => e.action === 'reminded')
  return {
    reference: formatBookingReference(seed.mission, sequence),
    sequence,
    idempotencyKey: seedBookingKey(seed),
    mission: rules.missionId,
    schedule: rules.scheduleId,
    service: rules.serviceId,
    office: rules.officeId,
    slotStart,
    slotEnd: timeline.slotEnd.toISOString(),
    place,
    placeKey: cancelled ? `released:${seedBookingKey(seed)}` : placeKeyOf(rules.scheduleId, slotStart, place),
    name: `${seed.name} (sample data)`,
    email: seed.email,
    phone: seed.phone ?? null,
    documentNumber: seed.documentNumber ?? null,
    people: seed.people,
    locale: seed.locale,
    status: seed.status,
    cancelledBy: cancelled ? seed.cancelledBy : null,
    cancelReason: seed.status === 'cancelled' && seed.cancelledBy === 'staff' ? seed.reason : null,
    history: timeline.events.map((e) => ({ at: e.at.toISOString(), action: e.action, by: e.by, note: e.note ?? null })),
    // A manage link can be signed for it, as for any booking (the flow's pages work on demo data too).
    tokenNonce: newNonce(),
    reminderSentAt: reminded?.at.toISOString() ?? null,
    createdAt: timeline.bookedAt.toISOString(),
    updatedAt: timeline.updatedAt.toISOString(),
  }
}

import { ValidationError, type Payload } from 'payload'

import { BOOKING_SEQUENCE_PER_YEAR } from '../../appointments/reference'
import { rulesOf } from '../../appointments/schedules'
import type { ScheduleRules } from '../../appointments/types'
import { bookingTimeline } from '../bookingTimeline'
import type { SeedContext } from '../context'
import { BOOKINGS } from '../data/appointments'
import { bookingData, seedBookingKey } from '../documents/booking'
import { sequenceCounters } from '../sequences'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

const takenPlace = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'placeKey' || e.path === 'place_key')

/** The seeded schedules as the slot engine reads them (schedules.ts), where they can still be booked. */
async function scheduleRules(payload: Payload, ids: string[]): Promise<Map<string, ScheduleRules>> {
  const read = { depth: 0, pagination: false, context: SEEDING_CONTEXT } as const
  const schedules = (await payload.find({ collection: 'appointment-schedules', ...read, where: { id: { in: ids } } })).docs.filter((s) => s.active !== false)
  const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)
  const [missions, services] = await Promise.all([
    payload.find({ collection: 'missions', ...read, where: { id: { in: schedules.map((s) => idOf(s.mission)) } } }),
    payload.find({ collection: 'services', ...read, where: { id: { in: schedules.map((s) => idOf(s.service)) } } }),
  ])
  const rules = new Map<string, ScheduleRules>()
  for (const s of schedules) {
    const r = rulesOf(s, missions.docs.find((m) => m.id === idOf(s.mission)), services.docs.find((d) => d.id === idOf(s.service)))
    if (r) rules.set(r.scheduleId, r)
  }
  return rules
}

/**
 * Bookings already made at the seeded schedules, dated from the run: the staff's list for
 * today, the next two weeks, and past weeks attended or missed. Found again by their seed key.
 * The database holds every place as it does for the flow: where someone has since booked the
 * seed's place, the slot's other place is taken, and a full slot is left as it is.
 */
export async function seedBookings({ payload, report, refs, now }: SeedContext): Promise<void> {
  const rules = await scheduleRules(payload, [...refs.schedules.values()])
  // Oldest first, so reference numbers grow with the booking dates as the flow's would.
  const planned = BOOKINGS.flatMap((seed) => {
    const schedule = rules.get(refs.schedules.get(`${seed.mission}/${seed.service}`) ?? '')
    return schedule ? [{ seed, schedule, timeline: bookingTimeline(seed, schedule, now) }] : []
  }).sort((a, b) => a.timeline.bookedAt.getTime() - b.timeline.bookedAt.getTime())
  const nextSequence = await sequenceCounters(payload, 'bookings', BOOKING_SEQUENCE_PER_YEAR, new Set(planned.map((p) => p.timeline.bookedAt.getUTCFullYear())))

  for (const { seed, schedule, timeline } of planned) {
    const year = timeline.bookedAt.getUTCFullYear()
    let sequence: number | undefined
    const places = [seed.place, ...Array.from({ length: schedule.placesPerSlot }, (_, i) => i + 1).filter((p) => p !== seed.place)]
    for (const place of places) {
      try {
        await ensureDocument(payload, report, {
          collection: 'bookings',
          where: { idempotencyKey: { equals: seedBookingKey(seed) } },
          locales: ['es'],
          data: () => bookingData(seed, timeline, schedule, (sequence ??= nextSequence(year)), place),
        })
        break
      } catch (error) {
        if (!takenPlace(error)) throw error
      }
    }
  }
}

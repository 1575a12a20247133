import type { Payload, Where } from 'payload'

import type { AppointmentSchedule, Mission, Service } from '../payload-types'
import type { ScheduleRules, Weekday } from './types'

/**
 * Reads schedules into the slot engine's rules: the schedule's own hours (or its office's
 * opening hours), its closed days plus the office's, and the mission's time zone. Access control
 * off and depth 0: these are public facts, and the flow asks for them on every step.
 */

/** Closures are stored as dates picked in the admin; their calendar day is what counts (as the sites show them). */
const dayOf = (value: unknown) => String(value ?? '').slice(0, 10)

type Office = NonNullable<Mission['offices']>[number]

/** Nothing is bookable for a mission closed or without a time zone, an office gone or no longer offering the service, or a service not published. */
export function rulesOf(schedule: AppointmentSchedule, mission: Mission | undefined, service: Service | undefined): ScheduleRules | null {
  if (!mission || !service || mission.status === 'closed' || !mission.timeZone) return null
  if (service._status !== 'published') return null
  const office = (mission.offices ?? []).find((o: Office) => o.id === schedule.office)
  // The office may have stopped offering the service since the schedule was saved.
  if (!office || !(office.services ?? []).some((s) => (typeof s === 'string' ? s : s.id) === service.id)) return null
  const own = (schedule.weeklySchedule ?? []).map(({ days, opens, closes }) => ({ days: days as Weekday[], opens, closes }))
  const weekly = own.length > 0 ? own : (office.openingHours ?? []).map(({ days, opens, closes }) => ({ days: days as Weekday[], opens, closes }))
  const closedDates = [...new Set([...(schedule.closedDays ?? []), ...(office.closures ?? [])].map((c) => dayOf(c.date)))].sort()
  return {
    scheduleId: schedule.id,
    missionId: mission.id,
    missionSlug: mission.slug,
    officeId: schedule.office,
    officeName: office.name as unknown as Record<string, string> | string,
    serviceId: service.id,
    serviceSlug: service.slug,
    timeZone: mission.timeZone,
    slotMinutes: schedule.slotMinutes,
    placesPerSlot: schedule.placesPerSlot,
    weekly,
    closedDates,
    bookAheadDays: schedule.bookAheadDays,
    minNoticeHours: schedule.minNoticeHours,
  }
}

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)

/** The active schedules that can be booked, of one mission (by slug) or of the whole network. */
export async function loadSchedules(payload: Payload, filter: { mission?: string } = {}): Promise<ScheduleRules[]> {
  const where: Where[] = [{ active: { not_equals: false } }]
  if (filter.mission !== undefined) {
    const mission = await payload.find({ collection: 'missions', depth: 0, limit: 1, pagination: false, where: { slug: { equals: filter.mission } }, select: { slug: true } })
    if (!mission.docs[0]) return []
    where.push({ mission: { equals: mission.docs[0].id } })
  }
  const { docs } = await payload.find({ collection: 'appointment-schedules', depth: 0, pagination: false, where: { and: where }, sort: 'createdAt' })
  return resolve(payload, docs)
}

/** One schedule's rules by id (a booking's, to move it), or null when it cannot be booked now. */
export async function loadScheduleRules(payload: Payload, scheduleId: string): Promise<ScheduleRules | null> {
  const { docs } = await payload.find({ collection: 'appointment-schedules', depth: 0, limit: 1, pagination: false, where: { id: { equals: scheduleId } } })
  return (await resolve(payload, docs))[0] ?? null
}

async function resolve(payload: Payload, schedules: AppointmentSchedule[]): Promise<ScheduleRules[]> {
  if (schedules.length === 0) return []
  const missionIds = [...new Set(schedules.map((s) => idOf(s.mission)))]
  const serviceIds = [...new Set(schedules.map((s) => idOf(s.service)))]
  const [missions, services] = await Promise.all([
    // Every locale of the office names, so the flow words them in the visitor's language.
    payload.find({ collection: 'missions', depth: 0, pagination: false, locale: 'all', where: { id: { in: missionIds } } }),
    payload.find({ collection: 'services', depth: 0, pagination: false, where: { id: { in: serviceIds } }, select: { slug: true, _status: true } }),
  ])
  const missionById = new Map(missions.docs.map((m) => [m.id, m as Mission]))
  const serviceById = new Map(services.docs.map((s) => [s.id, s as Service]))
  return schedules
    .map((s) => rulesOf(s, missionById.get(idOf(s.mission)), serviceById.get(idOf(s.service))))
    .filter((r): r is ScheduleRules => r !== null)
}

/** Booking statuses that hold a place (a cancelled booking's place is free again). */
export const HOLDING_STATUSES = ['booked', 'attended', 'no-show'] as const

/** Places taken per slot start (UTC ISO) of one schedule, for slots starting in [fromIso, toIso). */
export async function takenPlaces(payload: Payload, scheduleId: string, fromIso: string, toIso: string): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'bookings', depth: 0, pagination: false,
    where: { and: [
      { schedule: { equals: scheduleId } },
      { slotStart: { greater_than_equal: fromIso } },
      { slotStart: { less_than: toIso } },
      { status: { in: [...HOLDING_STATUSES] } },
    ] },
    select: { slotStart: true },
  })
  const taken = new Map<string, number>()
  for (const doc of docs) {
    const key = new Date(doc.slotStart).toISOString()
    taken.set(key, (taken.get(key) ?? 0) + 1)
  }
  return taken
}

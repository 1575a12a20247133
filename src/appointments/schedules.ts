import type { Payload, Where } from 'payload'

import type { AppointmentSchedule, Mission, Service } from '../payload-types'
import type { ScheduleRules, Weekday } from './types'

/**
 * Reads schedules into the slot engine's rules: the schedule's own hours (or its office's
 * opening hours), its closed days plus the office's, and the mission's time zone. Access control
 * off and depth 0: these are public facts, and the flow asks for them on every step.
 */

/** Closures are stored as dates picked in the admin; their calendar day is what counts (as the sites show them). */
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? '')).slice(0, 10)

type Office = NonNullable<Mission['offices']>[number]

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** Nothing is bookable for a schedule switched off, a mission closed or without a time zone, an office gone or no longer offering the service, or a service not published. */
export function rulesOf(schedule: AppointmentSchedule, mission: Mission | undefined, service: Service | undefined): ScheduleRules | null {
  if (schedule.active === false) return null
  if (!mission || !service || mission.status === 'closed' || !mission.timeZone) return null
  if (service._status !== 'published') return null
  const office = (mission.offices ?? []).find((o: Office) => String(o.id) === schedule.office)
  // The office may have stopped offering the service since the schedule was saved.
  if (!office || !(office.services ?? []).some((s) => idOf(s) === String(service.id))) return null
  const own = (schedule.weeklySchedule ?? []).map(({ days, opens, closes }) => ({ days: days as Weekday[], opens, closes }))
  const weekly = own.length > 0 ? own : (office.openingHours ?? []).map(({ days, opens, closes }) => ({ days: days as Weekday[], opens, closes }))
  const closedDates = [...new Set([...(schedule.closedDays ?? []), ...(office.closures ?? [])].map((c) => dayOf(c.date)))].sort()
  return {
    scheduleId: String(schedule.id),
    missionId: String(mission.id),
    missionSlug: mission.slug,
    officeId: schedule.office,
    officeName: office.name as unknown as Record<string, string> | string,
    serviceId: String(service.id),
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


/** The active schedules that can be booked, of one mission (by slug) or of the whole network. */
export async function loadSchedules(payload: Payload, filter: { mission?: string } = {}): Promise<ScheduleRules[]> {
  const where: Where[] = [{ active: { not_equals: false } }]
  if (filter.mission !== undefined) {
    const mission = await read<Mission>(payload, 'missions', { slug: { equals: filter.mission } }, { slug: true })
    if (!mission[0]) return []
    where.push({ mission: { equals: mission[0].id } })
  }
  return resolve(payload, await read<AppointmentSchedule>(payload, 'appointment-schedules', { and: where }, undefined, 'createdAt'))
}

/** One schedule's rules by id (a booking's, to move it), or null when nothing can be booked in it now (switched off included). */
export async function loadScheduleRules(payload: Payload, scheduleId: string): Promise<ScheduleRules | null> {
  return (await resolve(payload, await read<AppointmentSchedule>(payload, 'appointment-schedules', { id: { equals: scheduleId } })))[0] ?? null
}

/**
 * Straight from the adapter: the flow reads these on every step, the rules need a few plain
 * fields, and Payload's read path (access, field hooks over every nested row) would cost more
 * than the query. Public facts, so nothing is lost by leaving access control out.
 */
async function read<T>(payload: Payload, collection: 'missions' | 'services' | 'appointment-schedules', where: Where, select?: Record<string, unknown>, sort?: string, locale?: string): Promise<T[]> {
  const { docs } = await payload.db.find<T>({ collection, where, pagination: false, limit: 0, ...(select ? { select: select as never } : {}), ...(sort ? { sort } : {}), ...(locale ? { locale } : {}) })
  return docs
}

async function resolve(payload: Payload, schedules: AppointmentSchedule[]): Promise<ScheduleRules[]> {
  if (schedules.length === 0) return []
  const missionIds = [...new Set(schedules.map((s) => idOf(s.mission)))]
  const serviceIds = [...new Set(schedules.map((s) => idOf(s.service)))]
  const [missions, services] = await Promise.all([
    // Every locale of the office names, so the flow words them in the visitor's language; only what the rules need.
    read<Mission>(payload, 'missions', { id: { in: missionIds } }, {
      slug: true, status: true, timeZone: true, offices: { id: true, name: true, services: true, openingHours: true, closures: true },
    }, undefined, 'all'),
    read<Service>(payload, 'services', { id: { in: serviceIds } }, { slug: true, _status: true }),
  ])
  const missionById = new Map(missions.map((m) => [String(m.id), m]))
  const serviceById = new Map(services.map((s) => [String(s.id), s]))
  return schedules
    .map((s) => rulesOf(s, missionById.get(idOf(s.mission)), serviceById.get(idOf(s.service))))
    .filter((r): r is ScheduleRules => r !== null)
}


import type { Payload } from 'payload'

import { loadSchedules } from '../appointments/schedules'
import { takenPlaces } from '../appointments/takenPlaces'
import { nextAvailableDate } from '../appointments/slots'
import type { ScheduleRules } from '../appointments/types'

/**
 * What the generated sites show of one office × service that takes appointments: that it does,
 * and the first local date with a free place when the build read it. Counts of places taken
 * are all that is read of the bookings; no applicant's detail reaches the sites this way.
 */
export type AppointmentFact = { missionId: string; serviceId: string; officeId: string; nextDate: string | null }

const DAY_MS = 86_400_000

/**
 * The facts of the active schedules of these missions (slugs; every mission when absent), at
 * the build's clock. Taken places are read a little past the booking window: a window counted
 * in local days ends up to a day after `now + bookAheadDays` in UTC, and a wider read costs nothing.
 */
export async function loadAppointmentFacts(payload: Payload, missions: string[] | undefined, now: Date): Promise<AppointmentFact[]> {
  const schedules = missions
    ? (await Promise.all(missions.map((mission) => loadSchedules(payload, { mission })))).flat()
    : await loadSchedules(payload)
  return Promise.all(schedules.map((rules) => factOf(payload, rules, now)))
}

async function factOf(payload: Payload, rules: ScheduleRules, now: Date): Promise<AppointmentFact> {
  const until = new Date(now.getTime() + (rules.bookAheadDays + 2) * DAY_MS)
  const taken = await takenPlaces(payload, rules.scheduleId, now.toISOString(), until.toISOString())
  return { missionId: rules.missionId, serviceId: rules.serviceId, officeId: rules.officeId, nextDate: nextAvailableDate(rules, now, taken) }
}

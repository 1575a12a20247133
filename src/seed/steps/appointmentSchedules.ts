import type { Payload } from 'payload'

import type { SeedContext } from '../context'
import { APPOINTMENT_SCHEDULES, SCHEDULE_SETTINGS } from '../data/appointments'
import { idFor } from '../refs'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

/**
 * The office that receives the public for a service: the one that offers it, the main office
 * first. An embassy with a consular section offers its services there, not at the chancery.
 */
async function receivingOffice(payload: Payload, missionId: string, serviceId: string): Promise<string | null> {
  const mission = await payload.findByID({ collection: 'missions', id: missionId, depth: 0, context: SEEDING_CONTEXT })
  const offering = (mission.offices ?? []).filter((o) => (o.services ?? []).some((s) => (typeof s === 'string' ? s : s.id) === serviceId))
  const office = offering.find((o) => o.isMain) ?? offering[0]
  return office?.id ?? null
}

/**
 * Passport and registration appointments at Madrid and Barcelona, in the offices' opening
 * hours. Found again by mission and service; where an editor has taken the service off every
 * office, there is nowhere to give it, and neither the schedule nor its bookings are made.
 */
export async function seedAppointmentSchedules({ payload, report, refs }: SeedContext): Promise<void> {
  for (const { mission, service } of APPOINTMENT_SCHEDULES) {
    const missionId = idFor(refs.missions, mission, 'mission')
    const serviceId = idFor(refs.services, service, 'service')
    const office = await receivingOffice(payload, missionId, serviceId)
    if (!office) continue
    const id = await ensureDocument(payload, report, {
      collection: 'appointment-schedules',
      where: { and: [{ mission: { equals: missionId } }, { service: { equals: serviceId } }] },
      locales: ['es'],
      // Empty hours: the office's opening hours apply, and follow them when they change.
      data: () => ({ mission: missionId, office, service: serviceId, ...SCHEDULE_SETTINGS, weeklySchedule: [], closedDays: [], active: true }),
    })
    refs.schedules.set(`${mission}/${service}`, id)
  }
}

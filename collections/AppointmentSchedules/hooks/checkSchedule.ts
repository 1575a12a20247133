import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { DEFAULT_LOCALE } from '../../../src/config/locales'

type Office = { id?: string | null; name?: unknown; services?: unknown[] | null; openingHours?: unknown[] | null }

const textIn = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? String((value as Record<string, unknown>)[DEFAULT_LOCALE] ?? Object.values(value)[0] ?? '') : ''

/**
 * A schedule only makes sense for an office of its mission that offers its service, in a
 * mission whose time zone is known (it decides what "09:00" means). Stamps the list title and
 * the key that keeps one schedule per mission × office × service.
 */
export const checkSchedule: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const value = (name: string) => (name in data ? data[name] : originalDoc?.[name])
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  }
  const missionId = idOf(value('mission'))
  const serviceId = idOf(value('service'))
  const officeId = typeof value('office') === 'string' ? (value('office') as string).trim() : ''
  if (!missionId) return fail('mission', 'Choose the mission.')
  if (!serviceId) return fail('service', 'Choose the service.')

  const mission = await req.payload.findByID({ collection: 'missions', id: missionId, depth: 0, req, disableErrors: true })
  if (!mission) return fail('mission', 'That mission does not exist.')
  if (!mission.timeZone) {
    return fail('mission', `${textIn(mission.name)} has no time zone yet: a ministry user sets it on the mission (e.g. Europe/Madrid) before appointments can be scheduled.`)
  }
  const offices = (mission.offices ?? []) as Office[]
  const office = offices.find((o) => o.id === officeId)
  if (!office) {
    const known = offices.map((o) => `${o.id} (${textIn(o.name)})`).join(', ') || 'none yet'
    return fail('office', `Not an office of ${textIn(mission.name)}. Its offices: ${known}.`)
  }
  const offered = (office.services ?? []).map(idOf)
  if (!offered.includes(serviceId)) {
    return fail('service', `${textIn(office.name)} does not offer this service: add it to the office’s services first.`)
  }
  const weekly = value('weeklySchedule') as unknown[] | null | undefined
  if ((!weekly || weekly.length === 0) && (!office.openingHours || office.openingHours.length === 0)) {
    return fail('weeklySchedule', `${textIn(office.name)} has no opening hours: give this schedule its own hours.`)
  }

  const scopeKey = `${missionId}|${officeId}|${serviceId}`
  const twin = await req.payload.find({
    collection: 'appointment-schedules', depth: 0, limit: 1, pagination: false, req,
    where: { and: [{ scopeKey: { equals: scopeKey } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    select: { title: true },
  })
  if (twin.docs.length > 0) fail('service', `This office already has a schedule for this service: “${twin.docs[0]!.title}”. Edit that one.`)

  const service = await req.payload.findByID({ collection: 'services', id: serviceId, depth: 0, req, disableErrors: true, draft: true })
  data.office = officeId
  data.scopeKey = scopeKey
  data.title = `${textIn(service?.title) || 'Service'} — ${textIn(office.name)}, ${textIn(mission.name)}`
  return data
}

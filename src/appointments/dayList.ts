/**
 * The admin's day list (/admin/appointments): one office's appointments on one local day, read
 * as the signed-in user. Every read goes through the user's access rules, so a mission editor's
 * list can only ever hold their own missions' bookings, whatever the address asks for.
 */
import type { Payload, PayloadRequest } from 'payload'

import { assignedMissionIds, isMinistryUser, isMissionEditor } from '../access/roles'
import { inLanguageOf } from '../audit/loadAuditData'
import { DEFAULT_LOCALE } from '../config/locales'
import type { BookingStatus } from './types'
import { addDays, isLocalDate, isTimeZone, localDateOf, localTimeOf, wallClockToInstant } from './zonedTime'

type User = NonNullable<PayloadRequest['user']>
type Doc = Record<string, any>

export type StaffOffice = { id: string; name: string }
export type StaffMission = { id: string; slug: string; name: string; timeZone: string | null; offices: StaffOffice[] }

export type DayListRow = {
  id: string
  reference: string
  name: string
  people: number
  service: string
  /** HH:mm in the mission's zone. */
  time: string
  slotStart: string
  status: BookingStatus
  /** Attendance can be recorded once the slot has started. */
  started: boolean
}

/** A request for the list the view cannot answer; `status` is what an API would say. */
export class DayListError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404, message: string) {
    super(message)
  }
}

/** Staff who handle appointments: ministry users for every mission, mission editors for theirs. */
export function assertStaff(user: PayloadRequest['user'] | null | undefined): asserts user is User {
  if (!user) throw new DayListError(401, 'Sign in to see appointments.')
  if (!isMinistryUser(user) && !isMissionEditor(user)) throw new DayListError(403, 'Your role does not include appointments.')
}

/** The open missions the user may see appointments of, by name, each with its offices. */
export async function loadStaffMissions(payload: Payload, user: User): Promise<StaffMission[]> {
  const own = isMinistryUser(user) ? null : assignedMissionIds(user)
  const { docs } = await payload.find({
    collection: 'missions', depth: 0, pagination: false, locale: 'all', overrideAccess: false, user,
    where: { and: [{ status: { not_equals: 'closed' } }, ...(own ? [{ id: { in: own } }] : [])] },
    select: { name: true, slug: true, defaultLocale: true, timeZone: true, offices: true },
  } as Parameters<Payload['find']>[0])
  return (docs as Doc[])
    .map((m) => ({
      id: String(m.id),
      slug: String(m.slug),
      name: inLanguageOf(m, m.name),
      timeZone: isTimeZone(m.timeZone) ? m.timeZone : null,
      offices: (Array.isArray(m.offices) ? m.offices : []).map((o: Doc) => ({ id: String(o.id), name: inLanguageOf(m, o.name) || 'Office' })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The instants a local day spans in a zone: [its first minute, the next day's first). */
export function dayBounds(date: string, timeZone: string): { fromIso: string; toIso: string } {
  // A zone that skips midnight (clocks forward at 00:00) starts its day at the first minute it shows.
  const start = (d: string) => wallClockToInstant(d, '00:00', timeZone) ?? wallClockToInstant(d, '01:00', timeZone)!
  return { fromIso: start(date).toISOString(), toIso: start(addDays(date, 1)).toISOString() }
}

export type DayRequest = {
  missions: StaffMission[]
  mission?: string
  office?: string
  date?: string
  now: Date
  /** Offices that take appointments: the first of the mission's among them is shown when none is asked for. */
  bookableOffices?: ReadonlySet<string>
}

export type DayChoice = { mission: StaffMission; office: StaffOffice; date: string; timeZone: string }

/**
 * What the list shows, from what the address asks: a mission of the user's (a slug outside
 * them is refused, not ignored, so nobody mistakes it for an empty day), one of its offices
 * (else its first), a local date (else today in the mission's zone). Null: no mission chosen
 * among several.
 */
export function chooseDay(request: DayRequest): DayChoice | null {
  const { missions } = request
  let mission: StaffMission | undefined
  if (request.mission) {
    mission = missions.find((m) => m.slug === request.mission)
    if (!mission) throw new DayListError(403, `mission: "${request.mission}" is not one of the missions you handle`)
  } else if (missions.length === 1) {
    mission = missions[0]
  }
  if (!mission) return null
  const office = request.office
    ? mission.offices.find((o) => o.id === request.office)
    : mission.offices.find((o) => request.bookableOffices?.has(o.id)) ?? mission.offices[0]
  if (!office) throw new DayListError(404, request.office ? 'office: not an office of this mission' : 'This mission has no office.')
  if (request.date !== undefined && request.date !== '' && !isLocalDate(request.date)) throw new DayListError(400, 'date: use the form YYYY-MM-DD')
  const timeZone = mission.timeZone ?? 'UTC'
  const date = request.date || localDateOf(request.now, timeZone)
  return { mission, office, date, timeZone }
}

/** The chosen office's bookings on the chosen day, every status, by time. */
export async function loadDayList(payload: Payload, user: User, choice: DayChoice, now: Date): Promise<DayListRow[]> {
  const { fromIso, toIso } = dayBounds(choice.date, choice.timeZone)
  const { docs } = await payload.find({
    collection: 'bookings', depth: 0, pagination: false, overrideAccess: false, user, sort: 'slotStart',
    where: { and: [
      { mission: { equals: choice.mission.id } },
      { office: { equals: choice.office.id } },
      { slotStart: { greater_than_equal: fromIso } },
      { slotStart: { less_than: toIso } },
    ] },
    select: { reference: true, name: true, people: true, service: true, slotStart: true, status: true, place: true },
  } as Parameters<Payload['find']>[0])
  const bookings = docs as Doc[]
  const titles = await serviceTitles(payload, user, [...new Set(bookings.map((b) => String(b.service)))])
  return bookings
    .map((b) => ({
      id: String(b.id),
      reference: String(b.reference),
      name: String(b.name ?? ''),
      people: typeof b.people === 'number' ? b.people : 1,
      service: titles.get(String(b.service)) ?? 'A service no longer listed',
      time: localTimeOf(b.slotStart, choice.timeZone),
      slotStart: new Date(b.slotStart).toISOString(),
      status: b.status as BookingStatus,
      started: Date.parse(b.slotStart) <= now.getTime(),
      place: typeof b.place === 'number' ? b.place : 0,
    }))
    .sort((a, b) => a.slotStart.localeCompare(b.slotStart) || a.place - b.place)
    .map(({ place: _place, ...row }) => row)
}

/** Services' titles in the network's language, as the user may read them. */
export async function serviceTitles(payload: Payload, user: User, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  ids = [...new Set(ids)]
  // Drafts too: a booking made while a service was published still names it after it was withdrawn.
  const { docs } = await payload.find({
    collection: 'services', depth: 0, pagination: false, locale: DEFAULT_LOCALE, overrideAccess: false, user,
    where: { id: { in: ids } }, select: { title: true, slug: true },
  } as Parameters<Payload['find']>[0])
  return new Map((docs as Doc[]).map((s) => [String(s.id), String(s.title ?? s.slug ?? s.id)]))
}

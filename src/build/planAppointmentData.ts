import { appointmentFigures, USED_DAYS, type AppointmentFigureData } from '../appointments/figures'
import { bookingEntryUrl } from '../appointments/flow/links'
import { isLocaleCode, type LocaleCode } from '../config/locales'
import type { RawNetwork } from '../content/loadNetwork'
import { pickText } from '../content/localize'
import { toCsv } from './csv'
import type { PlannedFile } from './outputPlan'

export const appointmentDataPaths = { json: 'data/appointments.json', csv: 'data/appointments.csv' } as const

/** One mission × service that takes appointments, as published; fields documented in docs/open-data.md. */
export type AppointmentRecord = {
  mission: string
  missionName: string
  country: string
  service: string
  serviceName: string
  timeZone: string
  offices: number
  nextAvailableDate: string | null
  waitingDays: number | null
  offeredPast30Days: number
  takenPast30Days: number
  offeredNext30Days: number
  takenNext30Days: number
  bookingUrl: string | null
}

const COLUMNS = [
  'mission', 'missionName', 'country', 'service', 'serviceName', 'timeZone', 'offices', 'nextAvailableDate', 'waitingDays',
  'offeredPast30Days', 'takenPast30Days', 'offeredNext30Days', 'takenNext30Days', 'bookingUrl',
] as const satisfies readonly (keyof AppointmentRecord)[]

type Doc = Record<string, any>

/** The network as the ministry's build reads it, with the appointments' facts once the loader provides them. */
export type NetworkWithAppointments = RawNetwork & { appointmentFigures?: AppointmentFigureData }

const defaultOf = (doc: Doc | undefined): LocaleCode => (isLocaleCode(doc?.defaultLocale) ? doc!.defaultLocale : 'es')

/**
 * Counts only: which day a person can get an appointment and how many places were offered and
 * taken. The bookings behind them are reduced to slot and status before they reach here, so
 * no record can name or point at anyone. Only open missions and published services are
 * listed: a row must have a public page to belong to.
 */
export function appointmentRecords(raw: NetworkWithAppointments): AppointmentRecord[] {
  const data = raw.appointmentFigures
  if (!data) return []
  const missions = new Map(raw.missions.filter((m) => m.status !== 'closed').map((m) => [String(m.id), m]))
  const services = new Map(raw.services.map((s) => [String(s.id), s]))
  return appointmentFigures(data, new Date(data.asOf)).flatMap((row): AppointmentRecord[] => {
    const mission = missions.get(row.missionId)
    const service = services.get(row.serviceId)
    if (!mission || !service) return []
    const locale = defaultOf(mission)
    return [{
      mission: row.missionSlug,
      missionName: pickText(mission.name, locale, 'es'),
      country: String(mission.hostCountry ?? ''),
      service: row.serviceSlug,
      serviceName: pickText(service.title, locale, 'es'),
      timeZone: row.timeZone,
      offices: row.offices,
      nextAvailableDate: row.nextAvailableDate,
      waitingDays: row.waitingDays,
      offeredPast30Days: row.past30.offered,
      takenPast30Days: row.past30.taken,
      offeredNext30Days: row.next30.offered,
      takenNext30Days: row.next30.taken,
      bookingUrl: raw.cmsUrl ? bookingEntryUrl(raw.cmsUrl, row.missionSlug, locale, row.serviceSlug) : null,
    }]
  })
}

/**
 * Appointment availability as open data on the ministry's site. `asOf` is the day (UTC) the
 * figures were read: they are a clock's answer (what is free from then on), unlike the
 * directory's. The day rather than the instant, so rebuilds on one day rewrite the files only
 * when a figure moved.
 */
export function planAppointmentData(raw: NetworkWithAppointments, options: { baseUrl: string }): PlannedFile[] {
  if (!raw.appointmentFigures) return []
  const records = appointmentRecords(raw)
  const publisher = pickText(raw.ministry.name, 'es', 'es')
  const document = { publisher, homepage: options.baseUrl, asOf: raw.appointmentFigures.asOf.slice(0, 10), countedDays: USED_DAYS, services: records }
  return [
    { path: appointmentDataPaths.json, contents: `${JSON.stringify(document, null, 2)}\n`, source: 'open data: appointments (JSON)' },
    { path: appointmentDataPaths.csv, contents: toCsv(COLUMNS, records), source: 'open data: appointments (CSV)' },
  ]
}

import type { LocaleCode } from '../../config/locales'
import { CLOSURES, OFFICE_LABELS } from '../data/officeLabels'
import type { MissionSeed, OfficeSite } from '../data/missions'
import { inLocale } from '../localized'

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri']

/** The next time a month-day ("12-25") comes round, at noon UTC so no time zone moves it to another day. */
export function nextOccurrence(monthDay: string, now: Date): string {
  const year = now.getUTCFullYear()
  const candidate = new Date(`${year}-${monthDay}T12:00:00.000Z`)
  if (candidate.getTime() < now.getTime()) candidate.setUTCFullYear(year + 1)
  return candidate.toISOString()
}

/** Postal addresses use the city's local name where that is one of our languages. */
function postalCity(seed: MissionSeed): string {
  const local = ({ ES: 'es', MX: 'es', FR: 'fr', CH: 'fr' } as Record<string, LocaleCode>)[seed.country]
  return (local && seed.city[local]) || seed.city.en || seed.city.es
}

/** Invented numbers, distinct per mission: +CC 555 0Xnn where nn is the mission's position. */
function sampleNumber(seed: MissionSeed, line: number, index: number): string {
  return `${seed.dialCode} 555 0${line}${String(index).padStart(2, '0')}`
}

function address(seed: MissionSeed, site: OfficeSite) {
  return { street: site.street, postalCode: site.postalCode, city: postalCity(seed), country: seed.country }
}

type OfficeOptions = { index: number; serviceIds: string[]; now: Date }

/**
 * The offices of a mission in one locale. Embassies with a consular section receive the
 * public there; elsewhere the one office does everything.
 */
export function officesData(seed: MissionSeed, locale: LocaleCode, { index, serviceIds, now }: OfficeOptions) {
  const t = (text: Parameters<typeof inLocale>[0]) => inLocale(text, locale)
  const slugEmail = (prefix: string) => `${prefix}${seed.slug}@missions.cancilleria.example`
  const closures = CLOSURES.map((c) => ({ date: nextOccurrence(c.monthDay, now), reason: t(c.reason) }))
  const consularHours = [{ days: WEEKDAYS, opens: '09:00', closes: '14:00', note: t(OFFICE_LABELS.byAppointment) }]
  const phones = {
    switchboard: { label: t(OFFICE_LABELS.switchboard), number: sampleNumber(seed, 1, index) },
    appointments: { label: t(OFFICE_LABELS.appointments), number: sampleNumber(seed, 2, index) },
  }
  const emergencyPhone = sampleNumber(seed, 9, index)
  const mainName =
    seed.type === 'embassy' ? OFFICE_LABELS.chancery : seed.type === 'permanent-mission' ? OFFICE_LABELS.missionOffice : OFFICE_LABELS.consularOffice

  const main = {
    name: t(mainName),
    isMain: true,
    address: address(seed, seed.office),
    latitude: seed.office.latitude,
    longitude: seed.office.longitude,
    phones: seed.consularSection ? [phones.switchboard] : [phones.switchboard, phones.appointments],
    emergencyPhone,
    email: slugEmail(''),
    openingHours: seed.consularSection ? [{ days: WEEKDAYS, opens: '09:00', closes: '17:00' }] : consularHours,
    closures,
    access: t(OFFICE_LABELS.access),
    services: seed.consularSection ? [] : serviceIds,
  }
  if (!seed.consularSection) return [main]
  const consular = {
    name: t(OFFICE_LABELS.consularSection),
    isMain: false,
    address: address(seed, seed.consularSection),
    latitude: seed.consularSection.latitude,
    longitude: seed.consularSection.longitude,
    phones: [phones.appointments],
    emergencyPhone,
    email: slugEmail('consular.'),
    openingHours: consularHours,
    closures,
    access: t(OFFICE_LABELS.access),
    services: serviceIds,
  }
  return [main, consular]
}

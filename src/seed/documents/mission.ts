import type { LocaleCode } from '../../config/locales'
import type { MissionSeed } from '../data/missions'
import { HEAD_TITLES, SAMPLE_HEAD_NAME } from '../data/officeLabels'
import { countryName, inLocale } from '../localized'
import { officesData } from './offices'

export const missionBaseUrl = (slug: string) => `https://${slug}.missions.cancilleria.example`

type MissionOptions = { index: number; parentId: string | null; serviceIds: string[]; now: Date }

/** A mission document in one of its languages; every invented detail is flagged by `sampleData`. */
export function missionData(seed: MissionSeed, locale: LocaleCode, options: MissionOptions) {
  return {
    name: inLocale(seed.name, locale),
    slug: seed.slug,
    type: seed.type,
    hostCountry: seed.country,
    city: inLocale(seed.city, locale),
    jurisdiction: seed.jurisdiction.map((j) => ({ country: j.country, region: j.region ? inLocale(j.region, locale) : null })),
    parent: options.parentId,
    headOfMission: { name: SAMPLE_HEAD_NAME, title: inLocale(HEAD_TITLES[seed.head], locale) },
    siteLocales: seed.locales,
    defaultLocale: 'es',
    baseUrl: missionBaseUrl(seed.slug),
    timeZone: seed.timeZone,
    status: seed.status ?? 'open',
    sampleData: true,
    offices: officesData(seed, locale, options),
    internalNotes: 'Demo mission created by the seed: addresses, numbers, e-mails and names are invented.',
  }
}

/** The values put into text templates: the mission's name, city and host country in a language. */
export function missionPlaceholders(seed: MissionSeed, locale: LocaleCode) {
  return { mission: inLocale(seed.name, locale), city: inLocale(seed.city, locale), country: countryName(seed.country, locale) }
}

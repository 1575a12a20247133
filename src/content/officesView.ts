import { isLocaleCode, LOCALE_CODES, type LocaleCode } from '../config/locales'
import type { NetworkPlace } from '../geo/gazetteer'
import { pickText, type LocaleMap } from './localize'
import type { RawNetwork } from './loadNetwork'
import { nearestOfficePaths } from './officesViewPaths'
import { absoluteUrl, sitePaths } from './sitePaths'

type Doc = Record<string, any>

/** One office of the network as open data (data/offices.json); fields documented in docs/nearest-office.md. */
export type OfficeRecord = {
  /** `<mission slug>/<office row id>`: the page's list items carry it (data-office). */
  id: string
  mission: string
  missionType: string
  /** The mission's name and the office's, in every language they have. */
  missionNames: Partial<Record<LocaleCode, string>>
  names: Partial<Record<LocaleCode, string>>
  isMain: boolean
  country: string
  city: string
  address: { street: string; postalCode: string; city: string; country: string }
  latitude: number | null
  longitude: number | null
  /** The mission's IANA zone, in which the hours and closures are meant; null when not set. */
  timeZone: string | null
  services: string[]
  hours: { days: string[]; opens: string; closes: string }[]
  /** ISO dates (YYYY-MM-DD) on which the office is closed. */
  closures: string[]
  /** The mission's contact page in each language its site serves. */
  contactUrls: Partial<Record<LocaleCode, string>>
}

export type OfficesFile = { publisher: string; modified: string | null; offices: OfficeRecord[] }

/** One office as the nearest-office page lists it, in one language. */
export type NearestOfficeEntry = {
  id: string
  name: string
  missionName: string
  missionType: string
  isMain: boolean
  city: string
  street: string
  /** The mission's contact page in this language, or in its default language. */
  contactUrl: string
  /** Whether the office can be placed by distance (the script ranks only these). */
  located: boolean
}

/** The nearest-office page's content in one language: every open office, by country. */
export type NearestOfficeView = {
  countries: { code: string; name: string; offices: NearestOfficeEntry[] }[]
}

const defaultOf = (doc: Doc): LocaleCode => (isLocaleCode(doc.defaultLocale) ? doc.defaultLocale : 'es')
const openMissions = (raw: RawNetwork) => raw.missions.filter((m) => m.status !== 'closed')
const officeId = (mission: Doc, office: Doc, index: number) => `${mission.slug}/${typeof office.id === 'string' && office.id ? office.id : index + 1}`
const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function localized(value: LocaleMap<string>): Partial<Record<LocaleCode, string>> {
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(LOCALE_CODES.flatMap((l) => (typeof value[l] === 'string' && value[l]!.trim() ? [[l, value[l]!]] : [])))
}

function contactUrl(doc: Doc, locale: LocaleCode): string {
  const served: string[] = doc.siteLocales ?? []
  return absoluteUrl(doc.baseUrl, sitePaths.contact(served.includes(locale) ? locale : defaultOf(doc)))
}

/** Every office of every open mission, for data/offices.json. Pure; ordered by country, mission, office. */
export function officesFile(raw: RawNetwork): OfficesFile {
  const offices = openMissions(raw)
    .flatMap((m) => (m.offices ?? []).map((o: Doc, i: number): OfficeRecord => ({
      id: officeId(m, o, i),
      mission: m.slug,
      missionType: m.type,
      missionNames: localized(m.name),
      names: localized(o.name),
      isMain: Boolean(o.isMain),
      country: o.address?.country ?? m.hostCountry ?? '',
      city: o.address?.city ?? '',
      address: { street: o.address?.street ?? '', postalCode: o.address?.postalCode ?? '', city: o.address?.city ?? '', country: o.address?.country ?? '' },
      latitude: number(o.latitude),
      longitude: number(o.longitude),
      timeZone: typeof m.timeZone === 'string' && m.timeZone ? m.timeZone : null,
      services: (o.services ?? []).flatMap((s: unknown) => (s && typeof s === 'object' && typeof (s as Doc).slug === 'string' ? [(s as Doc).slug] : [])),
      hours: (o.openingHours ?? []).map((h: Doc) => ({ days: h.days ?? [], opens: h.opens, closes: h.closes })),
      closures: (o.closures ?? []).map((c: Doc) => String(c.date).slice(0, 10)),
      contactUrls: Object.fromEntries((m.siteLocales ?? []).filter(isLocaleCode).map((l: LocaleCode) => [l, contactUrl(m, l)])),
    })))
    .sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
  const modified = openMissions(raw).map((m) => m.updatedAt as string).filter(Boolean).sort().at(-1) ?? null
  return { publisher: pickText(raw.ministry.name, 'es', 'es'), modified, offices }
}

/** The page's list in one language: countries by their name, offices by mission (main office first). Pure. */
export function nearestOfficeView(raw: RawNetwork, locale: LocaleCode): NearestOfficeView {
  const collator = new Intl.Collator(locale)
  const countryName = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
  const byCountry = new Map<string, NearestOfficeEntry[]>()
  for (const m of openMissions(raw)) {
    const fallback = defaultOf(m)
    const text = (v: LocaleMap<string>) => pickText(v, locale, fallback)
    ;(m.offices ?? []).forEach((o: Doc, i: number) => {
      const country: string = o.address?.country ?? m.hostCountry ?? ''
      const entry: NearestOfficeEntry = {
        id: officeId(m, o, i),
        name: text(o.name),
        missionName: text(m.name),
        missionType: m.type,
        isMain: Boolean(o.isMain),
        city: o.address?.city ?? '',
        street: o.address?.street ?? '',
        contactUrl: contactUrl(m, locale),
        located: number(o.latitude) !== null && number(o.longitude) !== null,
      }
      byCountry.set(country, [...(byCountry.get(country) ?? []), entry])
    })
  }
  return {
    countries: [...byCountry]
      .map(([code, offices]) => ({
        code,
        name: (code && countryName.of(code)) || code,
        offices: offices.sort((a, b) => collator.compare(a.missionName, b.missionName) || Number(b.isMain) - Number(a.isMain) || collator.compare(a.name, b.name)),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }
}

/** Every name the network gives the cities of its located offices (missions' localized city, offices' address city). */
export function networkPlaces(raw: RawNetwork): NetworkPlace[] {
  return openMissions(raw).flatMap((m) => (m.offices ?? []).flatMap((o: Doc) => {
    const latitude = number(o.latitude)
    const longitude = number(o.longitude)
    const country: string = o.address?.country ?? ''
    if (latitude === null || longitude === null || !country) return []
    const names = new Set<string>([o.address?.city ?? '', ...(o.isMain ? Object.values(localized(m.city)) : [])].filter((n) => n.trim()))
    return [...names].map((name) => ({ name, country, latitude, longitude }))
  }))
}

export { nearestOfficePaths }

import { LOCALE_CODES, isLocaleCode, type LocaleCode } from '../config/locales'
import { idOf } from '../access/roles'
import { openDataPaths } from '../content/atlasPaths'
import { missionHomeUrl } from '../content/atlasView'
import type { RawNetwork } from '../content/loadNetwork'
import { pickText } from '../content/localize'
import { toCsv } from './csv'
import { planAppointmentData, type NetworkWithAppointments } from './planAppointmentData'
import type { PlannedFile } from './outputPlan'
import { planTravelAdviceData } from './planTravelAdvice'

type Doc = Record<string, any>

/** One account of the atlas as open data; fields documented in docs/open-data.md. */
export type AtlasRecord = {
  id: string
  platform: string
  platformName: string
  url: string
  handle: string | null
  title: string | null
  language: string | null
  ownerType: 'mission' | 'ministry' | 'related-body'
  owner: string
  mission: string | null
  country: string | null
  wikidataProperty: string | null
  lastModified: string
}

/** One mission of the directory as open data; fields documented in docs/open-data.md. */
export type MissionRecord = {
  id: string
  slug: string
  name: string
  names: Partial<Record<LocaleCode, string>>
  type: string
  country: string
  city: string
  status: 'open' | 'closed'
  parent: string | null
  jurisdiction: string[]
  website: string
  languages: string[]
  defaultLanguage: string
  address: string | null
  postalCode: string | null
  email: string | null
  phone: string | null
  emergencyPhone: string | null
  latitude: number | null
  longitude: number | null
  accounts: number
  sampleData: boolean
  lastModified: string
}

const ATLAS_COLUMNS = [
  'id', 'platform', 'platformName', 'url', 'handle', 'title', 'language', 'ownerType', 'owner', 'mission', 'country', 'wikidataProperty', 'lastModified',
] as const satisfies readonly (keyof AtlasRecord)[]

const MISSION_COLUMNS = [
  'id', 'slug', 'name', 'type', 'country', 'city', 'status', 'parent', 'jurisdiction', 'website', 'languages', 'defaultLanguage',
  'address', 'postalCode', 'email', 'phone', 'emergencyPhone', 'latitude', 'longitude', 'accounts', 'sampleData', 'lastModified',
] as const satisfies readonly (keyof MissionRecord)[]

const defaultOf = (doc: Doc | undefined): LocaleCode => (isLocaleCode(doc?.defaultLocale) ? doc!.defaultLocale : 'es')
const orNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function atlasRecords(raw: RawNetwork): AtlasRecord[] {
  const missions = new Map(raw.missions.map((m) => [m.id as string, m]))
  const ministry = pickText(raw.ministry.name, 'es', 'es')
  return raw.accounts
    .map((a): AtlasRecord => {
      const mission = a.ownerType === 'mission' ? missions.get(idOf(a.mission) ?? '') : undefined
      const ownerType = a.ownerType === 'ministry' || a.ownerType === 'related-body' ? a.ownerType : 'mission'
      return {
        id: a.id,
        platform: a.platform?.slug ?? '',
        platformName: a.platform?.name ?? '',
        url: a.url,
        handle: orNull(a.handle),
        title: orNull(a.title),
        language: orNull(a.language),
        ownerType,
        owner: mission ? pickText(mission.name, defaultOf(mission), 'es') : ownerType === 'ministry' ? ministry : String(a.relatedBody ?? ''),
        mission: mission?.slug ?? null,
        country: mission?.hostCountry ?? null,
        wikidataProperty: orNull(a.platform?.wikidataProperty),
        lastModified: a.updatedAt,
      }
    })
    .sort((a, b) => byText(a.country ?? '', b.country ?? '') || byText(a.mission ?? '', b.mission ?? '') || byText(a.platform, b.platform) || byText(a.url, b.url))
}

export function missionRecords(raw: RawNetwork): MissionRecord[] {
  const slugs = new Map(raw.missions.map((m) => [m.id as string, m.slug as string]))
  const accounts = new Map<string, number>()
  for (const a of raw.accounts) {
    const owner = a.ownerType === 'mission' ? idOf(a.mission) : null
    if (owner) accounts.set(owner, (accounts.get(owner) ?? 0) + 1)
  }
  return raw.missions
    .map((m): MissionRecord => {
      const fallback = defaultOf(m)
      const office: Doc | undefined = (m.offices ?? []).find((o: Doc) => o.isMain) ?? m.offices?.[0]
      const names = Object.fromEntries(LOCALE_CODES.map((l) => [l, m.name?.[l]]).filter(([, v]) => typeof v === 'string' && v.trim() !== ''))
      return {
        id: m.id,
        slug: m.slug,
        name: pickText(m.name, fallback, 'es'),
        names,
        type: m.type,
        country: m.hostCountry,
        city: pickText(m.city, fallback, 'es'),
        status: m.status === 'closed' ? 'closed' : 'open',
        parent: slugs.get(idOf(m.parent) ?? '') ?? null,
        jurisdiction: [...new Set<string>((m.jurisdiction ?? []).map((j: Doc) => j.country).filter(Boolean))],
        website: missionHomeUrl(m, fallback),
        languages: [...(m.siteLocales ?? [])],
        defaultLanguage: fallback,
        address: orNull(office?.address?.street),
        postalCode: orNull(office?.address?.postalCode),
        email: orNull(office?.email),
        phone: orNull(office?.phones?.[0]?.number),
        emergencyPhone: orNull(office?.emergencyPhone),
        latitude: typeof office?.latitude === 'number' ? office.latitude : null,
        longitude: typeof office?.longitude === 'number' ? office.longitude : null,
        accounts: accounts.get(m.id) ?? 0,
        sampleData: Boolean(m.sampleData),
        lastModified: m.updatedAt,
      }
    })
    .sort((a, b) => byText(a.country, b.country) || byText(a.slug, b.slug))
}

const newest = (records: { lastModified: string }[]) => records.map((r) => r.lastModified).filter(Boolean).sort().at(-1) ?? null

/**
 * The atlas, the mission directory and appointment availability as open data, with the
 * ministry's site: JSON for programs, CSV for spreadsheets. No clock: each directory file's
 * `modified` is its newest record's; appointments carry the instant they were read at.
 */
export function planOpenData(raw: NetworkWithAppointments, options: { baseUrl: string }): PlannedFile[] {
  const publisher = pickText(raw.ministry.name, 'es', 'es')
  const atlas = atlasRecords(raw)
  const missions = missionRecords(raw)
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  const flat = <T extends Record<string, unknown>>(records: T[]) =>
    records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v])) as Record<string, string | number | boolean | null>)
  return [
    { path: openDataPaths.atlasJson, contents: json({ publisher, homepage: options.baseUrl, modified: newest(atlas), accounts: atlas }), source: 'open data: atlas (JSON)' },
    { path: openDataPaths.atlasCsv, contents: toCsv(ATLAS_COLUMNS, flat(atlas)), source: 'open data: atlas (CSV)' },
    { path: openDataPaths.missionsJson, contents: json({ publisher, homepage: options.baseUrl, modified: newest(missions), missions }), source: 'open data: missions (JSON)' },
    { path: openDataPaths.missionsCsv, contents: toCsv(MISSION_COLUMNS, flat(missions)), source: 'open data: missions (CSV)' },
    ...planAppointmentData(raw, options),
    ...planTravelAdviceData(raw, options),
  ]
}

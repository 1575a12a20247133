import { LOCALE_CODES, type LocaleCode } from '../config/locales'
import type { PlannedFile } from '../build/outputPlan'
import { toCsv } from '../build/csv'
import { pickText } from '../content/localize'
import { countryName } from '../../templates/i18n/format'
import { organisationsByName } from './collation'
import { corpsPaths } from './corpsPaths'
import { corpsViews } from './corpsView'
import type { Corps, CorpsKind, HeadClass } from './kinds'
import { orderOfPrecedence } from './precedence'

type Doc = Record<string, any>

/**
 * One entry of the accredited corps as open data; fields documented in docs/open-data.md.
 * Only what the pages show: the mission's official contacts, never anyone's own.
 */
export type CorpsRecord = {
  id: string
  kind: CorpsKind
  corps: Corps
  /** Place in its corps's order of precedence from 1; null for organisations. */
  precedence: number | null
  sendingState: string | null
  sendingStateName: string | null
  organisation: string | null
  organisationNames: Partial<Record<LocaleCode, string>>
  acronym: string | null
  city: string
  street: string | null
  postalCode: string | null
  headName: string | null
  headTitle: string | null
  headClass: HeadClass | null
  credentialsDate: string | null
  phone: string | null
  email: string | null
  website: string | null
  socialAccounts: string[]
  nationalDay: string | null
  sampleData: boolean
  lastModified: string
}

export const CORPS_CSV_COLUMNS = [
  'id', 'kind', 'corps', 'precedence', 'sendingState', 'sendingStateName', 'organisation', 'acronym', 'city', 'street', 'postalCode',
  'headName', 'headTitle', 'headClass', 'credentialsDate', 'phone', 'email', 'website', 'socialAccounts', 'nationalDay', 'sampleData', 'lastModified',
] as const satisfies readonly (keyof CorpsRecord)[]

const OPEN_DATA_LOCALE: LocaleCode = 'es'
const orNull = (v: string) => (v === '' ? null : v)

/** The diplomatic corps in precedence, then the consular corps in precedence, then organisations by their Spanish name. */
export function corpsRecords(docs: readonly Doc[] | undefined): CorpsRecord[] {
  const views = corpsViews(docs, OPEN_DATA_LOCALE)
  const raw = new Map((docs ?? []).map((d) => [String(d.id), d]))
  const { diplomatic, consular } = orderOfPrecedence(views)
  const organisations = organisationsByName(views.filter((v) => v.corps === 'organisations'), OPEN_DATA_LOCALE)
  const ordered = [...diplomatic, ...consular, ...organisations.map((entry) => ({ position: null, entry }))]
  return ordered.map(({ position, entry }): CorpsRecord => {
    const names = raw.get(entry.id)?.organisation
    return {
      id: entry.id,
      kind: entry.kind,
      corps: entry.corps,
      precedence: position,
      sendingState: entry.sendingState,
      sendingStateName: entry.sendingState ? countryName(OPEN_DATA_LOCALE, entry.sendingState) : null,
      organisation: orNull(entry.organisation),
      organisationNames: Object.fromEntries(LOCALE_CODES.map((l) => [l, pickText(names, l, l).trim()]).filter(([, v]) => v !== '')),
      acronym: orNull(entry.acronym),
      city: entry.address.city,
      street: orNull(entry.address.street),
      postalCode: orNull(entry.address.postalCode),
      headName: orNull(entry.head.name),
      headTitle: orNull(entry.head.title),
      headClass: entry.head.class,
      credentialsDate: entry.head.credentialsDate,
      phone: entry.phone,
      email: entry.email,
      website: entry.website,
      socialAccounts: entry.accounts.map((a) => a.url),
      nationalDay: entry.nationalDay,
      sampleData: entry.sampleData,
      lastModified: entry.updatedAt,
    }
  })
}

/**
 * The accredited corps as open data, JSON and CSV, on the ministry's site. No clock: `modified`
 * is the newest entry's. In CSV the accounts are one cell, their URLs joined by spaces.
 */
export function planCorpsData(docs: readonly Doc[] | undefined, options: { baseUrl: string; publisher: string }): PlannedFile[] {
  const records = corpsRecords(docs)
  const modified = records.map((r) => r.lastModified).filter(Boolean).sort().at(-1) ?? null
  const rows = records.map(({ organisationNames: _names, ...r }) => ({ ...r, socialAccounts: r.socialAccounts.join(' ') }))
  return [
    {
      path: corpsPaths.json,
      contents: `${JSON.stringify({ publisher: options.publisher, homepage: options.baseUrl, modified, entries: records }, null, 2)}\n`,
      source: 'open data: accredited corps (JSON)',
    },
    { path: corpsPaths.csv, contents: toCsv(CORPS_CSV_COLUMNS, rows), source: 'open data: accredited corps (CSV)' },
  ]
}

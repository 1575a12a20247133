import { DEFAULT_LOCALE, type LocaleCode } from '../config/locales'
import { pickText, type LocaleMap } from '../content/localize'
import { CORPS_OF, isCorpsKind, isHeadClass, SENT_BY_ORGANISATION } from './kinds'
import type { CorpsAccountView, CorpsEntryView } from './types'

type Doc = Record<string, any>

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
const orNull = (v: unknown): string | null => text(v) || null

/**
 * One stored entry (read with `locale: 'all'`, its accounts' platforms joined as documents) as
 * the public reads it in `locale`; null for a document that is not a valid entry (an unknown kind).
 */
export function corpsEntryView(doc: Doc, locale: LocaleCode, fallback: LocaleCode = DEFAULT_LOCALE): CorpsEntryView | null {
  if (!isCorpsKind(doc.kind)) return null
  const localized = (v: unknown) => pickText(v as LocaleMap<string>, locale, fallback).trim()
  const head: Doc = doc.head ?? {}
  // A kind says who sends it: what an edit left of the other sender (a code, a name) is not shown.
  const byOrganisation = SENT_BY_ORGANISATION.has(doc.kind)
  return {
    id: String(doc.id),
    kind: doc.kind,
    corps: CORPS_OF[doc.kind as keyof typeof CORPS_OF],
    sendingState: !byOrganisation && text(doc.sendingState) ? text(doc.sendingState).toUpperCase() : null,
    organisation: byOrganisation ? localized(doc.organisation) : '',
    acronym: byOrganisation ? localized(doc.acronym) : '',
    address: { street: text(doc.address?.street), postalCode: text(doc.address?.postalCode), city: text(doc.address?.city) },
    head: {
      name: text(head.name),
      title: localized(head.title),
      class: isHeadClass(head.class) ? head.class : null,
      credentialsDate: orNull(head.credentialsDate),
    },
    phone: orNull(doc.phone),
    email: orNull(doc.email),
    website: orNull(doc.website),
    accounts: (Array.isArray(doc.socialAccounts) ? doc.socialAccounts : []).flatMap(accountView),
    nationalDay: orNull(doc.nationalDay),
    sampleData: doc.sampleData === true,
    updatedAt: text(doc.updatedAt),
  }
}

function accountView(row: Doc): CorpsAccountView[] {
  const platform: Doc | null = row.platform && typeof row.platform === 'object' ? row.platform : null
  const url = text(row.url)
  if (!url) return []
  return [{ platform: text(platform?.slug), platformName: text(platform?.name) || text(platform?.slug), url, handle: orNull(row.handle) }]
}

/** Every published entry in one language, in stored order (the pages and open data sort them). */
export function corpsViews(docs: readonly Doc[] | undefined, locale: LocaleCode): CorpsEntryView[] {
  return (docs ?? []).flatMap((doc) => corpsEntryView(doc, locale) ?? [])
}

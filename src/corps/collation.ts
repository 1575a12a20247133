/**
 * The accredited corps as a reader looks it up: by sending state, states named and sorted in the
 * reader's language (Intl.DisplayNames and Intl.Collator of the page's locale: "Égypte" among
 * the E's in French, 墨西哥 by its pinyin in Chinese), then the organisations by name. Pure.
 */
import type { LocaleCode } from '../config/locales'
import { countryName } from '../../templates/i18n/format'
import { CORPS_KIND_VALUES, SENT_BY_ORGANISATION } from './kinds'
import type { CorpsEntryView } from './types'

export type StateGroup = { code: string; name: string; entries: CorpsEntryView[] }

export type CorpsByCountry = { states: StateGroup[]; organisations: CorpsEntryView[] }

const collators = new Map<LocaleCode, Intl.Collator>()
export function collatorFor(locale: LocaleCode): Intl.Collator {
  let collator = collators.get(locale)
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)))
  return collator
}

const byCode = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)

/** An organisation's name as listed: its name, else its acronym. */
export const organisationLabel = (entry: CorpsEntryView) => entry.organisation || entry.acronym

/** States in the reader's collation order, each with its missions (embassy first, then by city); then organisations by name. */
export function corpsByCountry(entries: readonly CorpsEntryView[], locale: LocaleCode): CorpsByCountry {
  const collator = collatorFor(locale)
  const groups = new Map<string, CorpsEntryView[]>()
  const organisations: CorpsEntryView[] = []
  for (const entry of entries) {
    if (SENT_BY_ORGANISATION.has(entry.kind) || !entry.sendingState) organisations.push(entry)
    else groups.set(entry.sendingState, [...(groups.get(entry.sendingState) ?? []), entry])
  }
  const kindOrder = (e: CorpsEntryView) => CORPS_KIND_VALUES.indexOf(e.kind)
  const states = [...groups].map(([code, list]): StateGroup => ({
    code,
    name: countryName(locale, code),
    entries: list.sort((a, b) => kindOrder(a) - kindOrder(b) || collator.compare(a.address.city, b.address.city) || byCode(a.id, b.id)),
  }))
  // Two codes may share a displayed name only by accident of the data; the code keeps the order total.
  states.sort((a, b) => collator.compare(a.name, b.name) || byCode(a.code, b.code))
  return { states, organisations: organisationsByName(organisations, locale) }
}

/** Organisations in the reader's collation order of their names. */
export function organisationsByName(entries: readonly CorpsEntryView[], locale: LocaleCode): CorpsEntryView[] {
  const collator = collatorFor(locale)
  return [...entries].sort((a, b) => collator.compare(organisationLabel(a), organisationLabel(b)) || collator.compare(a.acronym, b.acronym) || byCode(a.id, b.id))
}

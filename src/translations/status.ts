/**
 * Which languages of a document are translated, missing or outdated. Pure: the text of every
 * language, when each language's text last changed, and the document's languages in; the
 * status out. The plugin stores it on every save; the admin's translations view computes it
 * again when it reads.
 */
import { LOCALE_CODES, type LocaleCode } from '../config/locales'
import type { DocumentLanguages } from './languages'
import { hasContent, type DocumentText } from './localizedText'

/**
 * `source`: the language the others are translated from, written. `translated`: every field the
 * source fills is filled, and saved after the source last changed. `outdated`: complete, but the
 * source changed since. `missing`: not written, or some field the source fills (or the document
 * requires) is still empty in it.
 */
export type TranslationState = 'source' | 'translated' | 'outdated' | 'missing'

export const TRANSLATION_STATES: readonly TranslationState[] = ['source', 'translated', 'outdated', 'missing']

export type LanguageStatus = {
  state: TranslationState
  /** Names of the fields still empty in this language (empty unless `missing`). */
  missing: string[]
}

export type DocumentStatus = {
  source: LocaleCode
  /** In the document's language order, source first. */
  languages: { code: LocaleCode; status: LanguageStatus }[]
  /** The languages someone has to translate or bring up to date. */
  needs: LocaleCode[]
}

/** When each language's text last changed (ISO 8601); absent for text saved before this was tracked. */
export type EditedAt = Partial<Record<LocaleCode, string | null | undefined>>

const time = (value: string | null | undefined): number => {
  const parsed = value ? Date.parse(value) : NaN
  // Text saved before the stamps existed counts as older than any stamped change.
  return Number.isNaN(parsed) ? -Infinity : parsed
}

const unique = (names: string[]) => [...new Set(names)]

export function translationStatus(text: DocumentText, editedAt: EditedAt, { source, languages }: DocumentLanguages): DocumentStatus {
  const filled = (code: LocaleCode, key: string) => hasContent(text.values[code]?.[key])
  const sourceMissing = unique(text.fields.filter((f) => f.required && !filled(source, f.key)).map((f) => f.name))
  const sourceWritten = sourceMissing.length === 0
  // What a translation must fill: whatever the source fills, and what the document requires.
  const expected = text.fields.filter((f) => f.required || filled(source, f.key))

  const statusOf = (code: LocaleCode): LanguageStatus => {
    if (code === source) return sourceWritten ? { state: 'source', missing: [] } : { state: 'missing', missing: sourceMissing }
    const missing = unique(expected.filter((f) => !filled(code, f.key)).map((f) => f.name))
    if (missing.length > 0) return { state: 'missing', missing }
    if (sourceWritten && time(editedAt[code]) < time(editedAt[source])) return { state: 'outdated', missing: [] }
    return { state: 'translated', missing: [] }
  }

  const statuses = languages.map((code) => ({ code, status: statusOf(code) }))
  return {
    source,
    languages: statuses,
    needs: statuses.filter(({ status }) => status.state === 'missing' || status.state === 'outdated').map(({ code }) => code),
  }
}

export type HalfTranslation = { locale: LocaleCode; filled: string[]; empty: string[] }

/**
 * Languages that have some of the document's required fields and not the others (a title
 * without its summary). Published, such a language would show its own title over the source's
 * summary: half a translation. Only required fields outside arrays count: optional fields (a
 * body, a page's summary) fall back field by field, as the sites always have.
 */
export function halfTranslations(text: DocumentText): HalfTranslation[] {
  const required = text.fields.filter((f) => f.required && f.topLevel)
  const halves: HalfTranslation[] = []
  for (const locale of LOCALE_CODES) {
    const filled = required.filter((f) => hasContent(text.values[locale]?.[f.key])).map((f) => f.name)
    const empty = required.filter((f) => !hasContent(text.values[locale]?.[f.key])).map((f) => f.name)
    if (filled.length > 0 && empty.length > 0) halves.push({ locale, filled, empty })
  }
  return halves
}

/**
 * The stamp of a change made `now`: later than every stamp the document has, so that a change
 * saved after another always sorts after it, even within one millisecond or when clocks differ.
 */
export function nextStamp(now: Date, editedAt: EditedAt): string {
  const latest = Math.max(-Infinity, ...Object.values(editedAt).map(time))
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString()
}

/** The stored form of a status: one field per language of the network (null where the document is not published in it). */
export type StoredStatus = { source: LocaleCode | null } & Record<LocaleCode, TranslationState | null>

export function storedStatus(status: DocumentStatus): StoredStatus {
  const stored = { source: status.source } as StoredStatus
  for (const code of LOCALE_CODES) stored[code] = status.languages.find((l) => l.code === code)?.status.state ?? null
  return stored
}

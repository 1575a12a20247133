import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES, isLocaleCode, type LocaleCode } from '../../../src/config/locales'

type Doc = Record<string, any>
type Note = Partial<Record<LocaleCode, string>>

/** One published change as the history keeps it. `note` holds every language at once (a JSON value). */
export type StoredChange = { id?: string; at: string; major: boolean; level: string; note: Note }

const clean = (note: Note): Note =>
  Object.fromEntries(LOCALE_CODES.flatMap((l) => (typeof note[l] === 'string' && note[l]!.trim() ? [[l, note[l]!.trim()]] : [])))

/**
 * The demo seed writes a history that spans weeks, so it dates the change it publishes through
 * the request's context (`changeAt`). Only under the seeding flag: the context is set by Local API
 * callers alone, and an editor's publication is always dated by the clock.
 */
function seededChangeDate(context: Record<string, unknown>): string | null {
  if (!context.seeding || typeof context.changeAt !== 'string') return null
  const at = new Date(context.changeAt)
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}

/**
 * Keeps the advice's history of published changes. The history is written here only: whatever
 * a request sends as `changes` is replaced by what is stored. Each publish with a change note
 * (in the network's default language), major flag or level different from the last change's adds
 * a change dated now, with its level and its note in every language written so far; a publish
 * with the same note (a translation added, a typo fixed) completes that change's translations
 * and keeps its date. A scheduled publish runs this in the job, so the change is dated when it
 * goes live, not when it was scheduled.
 */
export const recordChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // The read below is given a copy of the request: a Local API call sets the request's locale
  // to its own ('all'), and this save must go on writing in the locale it was asked for.
  const stored: Doc | null = operation === 'update' && originalDoc?.id
    ? ((await req.payload.findByID({ collection: collection.slug as CollectionSlug, id: originalDoc.id, draft: true, locale: 'all', depth: 0, overrideAccess: true, req: { ...req } as typeof req })) as Doc)
    : null
  const history: StoredChange[] = Array.isArray(stored?.changes) ? stored!.changes.map((c: Doc) => ({ id: c.id, at: c.at, major: Boolean(c.major), level: c.level, note: c.note ?? {} })) : []
  data.changes = history
  if (data._status !== 'published') return data

  const locale: LocaleCode = isLocaleCode(req.locale) ? req.locale : DEFAULT_LOCALE
  const note: Note = clean({ ...((stored?.changeNote as Note | undefined) ?? {}), ...(data.changeNote !== undefined ? { [locale]: data.changeNote ?? '' } : {}) })
  if (!note[DEFAULT_LOCALE]) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'changeNote', message: `changeNote: say what changed (in ${DEFAULT_LOCALE}, the network's default language) before publishing travel advice` }],
    })
  }
  const major = Boolean(data.majorChange ?? stored?.majorChange ?? false)
  const level = (data.level ?? stored?.level) as string
  const now = seededChangeDate(req.context) ?? new Date().toISOString()
  const last = history.at(-1)
  if (last && last.note[DEFAULT_LOCALE] === note[DEFAULT_LOCALE] && last.major === major && last.level === level) {
    data.changes = [...history.slice(0, -1), { ...last, note: { ...last.note, ...note } }]
  } else {
    data.changes = [...history, { at: now, major, level, note }]
  }
  if (!data.reviewedAt && !stored?.reviewedAt) data.reviewedAt = now
  return data
}

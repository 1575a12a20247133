/**
 * Keeps a document's translation status with every save: stamps the language being saved when
 * its text changed, recomputes the status of every language, and refuses to publish half a
 * translation. A field hook (on the status field), because only field hooks are handed the
 * document with every language exactly as Payload is about to merge it (`siblingDocWithLocales`:
 * the latest draft on an update, the copied document on a duplicate, the version being restored).
 */
import { APIError, type FieldHook } from 'payload'

import { isLocaleCode, LOCALES, type LocaleCode } from '../config/locales'
import { EDITED_AT, NEEDS, type TranslatedCollection } from './collections'
import { languagesOfDocument } from './documentLanguages'
import { documentText, hasContent, textChanged, type DocumentText } from './localizedText'
import { halfTranslations, nextStamp, storedStatus, translationStatus, type EditedAt, type HalfTranslation } from './status'

type Doc = Record<string, unknown>

const languageName = (code: LocaleCode) => LOCALES.find((l) => l.code === code)?.label ?? code

export function halfTranslationMessage(halves: HalfTranslation[]): string {
  const parts = halves.map(({ locale, filled, empty }) =>
    `${languageName(locale)} (${locale}) has ${filled.join(', ')} but no ${empty.join(', ')}`)
  return `Not published: half a translation would go live. ${parts.join('; ')}. Complete that language, or empty it, then publish.`
}

export const keepTranslationStatus = (entry: TranslatedCollection): FieldHook =>
  async ({ siblingData, siblingDocWithLocales, req, collection, operation }) => {
    if (!collection) return undefined
    const data = siblingData as Doc
    const stored = (siblingDocWithLocales ?? {}) as Doc
    const fields = collection.fields
    const ignore = entry.ignore
    const locale = req.locale
    const editedAt: EditedAt = { ...((stored[EDITED_AT] as EditedAt | undefined) ?? {}) }

    let text: DocumentText
    if (isLocaleCode(locale)) {
      text = documentText(fields, stored, { saving: { locale, data }, ignore })
      const before = documentText(fields, stored, { ignore })
      // Only a change of this language's text dates it: publishing a draft, or saving the
      // sidebar, leaves the translations as they were.
      if (textChanged(before, text, locale)) editedAt[locale] = nextStamp(new Date(), editedAt)
      data[EDITED_AT] = editedAt[locale] ?? null
    } else if (operation === 'create') {
      // Created with every language at once (`locale: 'all'`): each language written is new.
      text = documentText(fields, data, { ignore })
      const now = nextStamp(new Date(), {})
      const stamps: EditedAt = {}
      for (const code of Object.keys(text.values) as LocaleCode[]) {
        if (Object.values(text.values[code]).some(hasContent)) stamps[code] = now
      }
      Object.assign(editedAt, stamps)
      data[EDITED_AT] = stamps
    } else {
      // An update with `locale: 'all'` keeps the stored text (Payload merges the stored languages over it).
      text = documentText(fields, stored, { ignore })
    }

    const publishing = collection.versions?.drafts ? data._status === 'published' : true
    if (publishing) {
      // The language being saved is Payload's to check: its required fields fail with their own errors.
      const halves = halfTranslations(text).filter((half) => half.locale !== locale)
      if (halves.length > 0) throw new APIError(halfTranslationMessage(halves), 400, undefined, true)
    }

    const status = translationStatus(text, editedAt, await languagesOfDocument(req, entry, data))
    data[NEEDS] = status.needs
    return storedStatus(status)
  }

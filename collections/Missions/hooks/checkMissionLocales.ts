import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

/** The default language must be one the site serves, and a mission has one main office at most. */
export const checkMissionLocales: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data } as {
    siteLocales?: string[] | null
    defaultLocale?: string | null
    offices?: { isMain?: boolean | null }[] | null
  }
  const errors: { message: string; path: string }[] = []
  if (merged.defaultLocale && merged.siteLocales && !merged.siteLocales.includes(merged.defaultLocale)) {
    errors.push({
      path: 'defaultLocale',
      message: `The default language "${merged.defaultLocale}" must be one of the mission’s languages (${merged.siteLocales.join(', ')}).`,
    })
  }
  const mains = (merged.offices ?? []).filter((o) => o?.isMain).length
  if (mains > 1) errors.push({ path: 'offices', message: `Mark one office as the main office, not ${mains}.` })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

/**
 * Translation tracking (docs/translations.md): adds to each collection of TRANSLATED_COLLECTIONS
 * when each language's text last changed, each language's status and the languages that need
 * translating, kept by every save; and to missions, the refresh of their documents' status when
 * their languages change. A plugin, like src/config/inputGuards.ts, so the collections stay as
 * they are and a collection is tracked by adding its line.
 */
import type { CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

import { signedInField } from '../access/rules'
import { LOCALE_OPTIONS, LOCALES } from '../config/locales'
import { EDITED_AT, NEEDS, STATUS, TRANSLATED_COLLECTIONS, type TranslatedCollection } from './collections'
import { refreshAfterMissionLanguages } from './missionLanguagesHook'
import { TRANSLATION_STATES } from './status'
import { keepTranslationStatus } from './statusHook'

// Computed by the hook on every save: nobody writes them through the API.
const computed: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = { read: signedInField, create: () => false, update: () => false }

const STATE_OPTIONS = TRANSLATION_STATES.map((state) => ({ label: state, value: state }))

export function translationFields(entry: TranslatedCollection): Field[] {
  return [
    {
      name: EDITED_AT, type: 'date', localized: true, hidden: true,
      admin: { disableListColumn: true, disableListFilter: true },
    },
    {
      name: STATUS, type: 'group', label: 'Translations', access: computed,
      hooks: { beforeChange: [keepTranslationStatus(entry)] },
      admin: {
        position: 'sidebar', readOnly: true,
        components: {
          Cell: '/src/admin/TranslationStatusCell#TranslationStatusCell',
          Field: '/src/admin/TranslationStatusField#TranslationStatusField',
        },
      },
      fields: [
        { name: 'source', type: 'select', options: LOCALE_OPTIONS, admin: { readOnly: true, disableListColumn: true } },
        ...LOCALES.map(({ code, label }): Field => ({
          name: code, type: 'select', label: `${label} (${code})`, options: STATE_OPTIONS,
          admin: { readOnly: true, disableListColumn: true },
        })),
      ],
    },
    {
      name: NEEDS, type: 'select', hasMany: true, label: 'Needs translation', options: LOCALE_OPTIONS, access: computed,
      admin: {
        position: 'sidebar', readOnly: true, disableListColumn: true,
        description: 'Languages whose translation is missing or older than the source. Kept up to date on every save.',
      },
    },
  ]
}

function tracked(collection: CollectionConfig, entry: TranslatedCollection): CollectionConfig {
  const defaultColumns = collection.admin?.defaultColumns
  return {
    ...collection,
    admin: { ...collection.admin, ...(defaultColumns ? { defaultColumns: [...defaultColumns, STATUS] } : {}) },
    fields: [...collection.fields, ...translationFields(entry)],
  }
}

export const translationTracking = (entries: readonly TranslatedCollection[] = TRANSLATED_COLLECTIONS): Plugin => (config: Config): Config => {
  const slugs = new Set((config.collections ?? []).map((c) => c.slug))
  for (const entry of entries) {
    if (!slugs.has(entry.slug)) throw new Error(`Translation tracking: the configuration has no collection "${entry.slug}" (src/translations/collections.ts).`)
  }
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const entry = entries.find((e) => e.slug === collection.slug)
      if (entry) return tracked(collection, entry)
      if (collection.slug === 'missions') {
        return { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), refreshAfterMissionLanguages(entries)] } }
      }
      return collection
    }),
  }
}

/** The plugin as the configuration uses it. */
export const translations: Plugin = translationTracking()

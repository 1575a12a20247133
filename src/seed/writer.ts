import type { CollectionSlug, Payload, Where } from 'payload'

import type { LocaleCode } from '../config/locales'
import { graftIds } from './graftIds'
import { count, type SeedReport } from './report'

/** Passed on every call, so hooks (site rebuilds, notifications) can tell a seed from an editor. */
export const SEEDING_CONTEXT = { seeding: true } as const

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export type DocumentSpec = {
  collection: CollectionSlug
  /** The natural key: how to recognise the document on a second run. */
  where: Where
  /** The first locale creates the document; each further one adds its translation. */
  locales: readonly LocaleCode[]
  /** The data to write in a locale; for translations only the localized parts are needed. */
  data: (locale: LocaleCode) => Record<string, unknown> | null
  file?: UploadFile
}

/**
 * Finds a document by its natural key or creates it, one locale after another. An existing
 * document is left exactly as it is: the seed never overwrites what an editor changed.
 */
export async function ensureDocument(payload: Payload, report: SeedReport, spec: DocumentSpec): Promise<string> {
  const { collection, where, locales, data, file } = spec
  const key = `${locales[0]}\0${JSON.stringify(where)}`
  const made = await madeThisRun(payload, report, collection)
  const known = made?.get(key)
  if (known) {
    count(report, collection, 'unchanged')
    return known
  }
  // In a collection this run found empty, a key it has not created cannot exist: no lookup.
  const existing = made ? null : await payload.find({
    collection, where, limit: 1, depth: 0, context: SEEDING_CONTEXT, locale: locales[0],
  })
  if (existing?.docs[0]) {
    count(report, collection, 'unchanged')
    return String(existing.docs[0].id)
  }
  const [first, ...translations] = locales
  const created = await payload.create({
    collection,
    data: data(first) as never,
    locale: first,
    depth: 0,
    context: SEEDING_CONTEXT,
    ...(file ? { file } : {}),
  })
  let saved: unknown = created
  for (const locale of translations) {
    const translation = data(locale)
    if (!translation) continue
    saved = await payload.update({
      collection,
      id: created.id,
      data: graftIds(translation, saved) as never,
      locale,
      depth: 0,
      context: SEEDING_CONTEXT,
    })
  }
  count(report, collection, 'created')
  made?.set(key, String(created.id))
  return String(created.id)
}

/**
 * For each collection this run of the seed writes through ensureDocument: when it was empty at
 * the first write, the ids of the documents the run has created there by natural key; else null.
 * A fresh database (npm start's first run) then costs one lookup per collection, not per document.
 */
const runs = new WeakMap<SeedReport, Map<string, Map<string, string> | null>>()

async function madeThisRun(payload: Payload, report: SeedReport, collection: CollectionSlug): Promise<Map<string, string> | null> {
  let collections = runs.get(report)
  if (!collections) runs.set(report, (collections = new Map()))
  if (!collections.has(collection)) {
    const { totalDocs } = await payload.count({ collection, context: SEEDING_CONTEXT })
    collections.set(collection, totalDocs === 0 ? new Map() : null)
  }
  return collections.get(collection)!
}

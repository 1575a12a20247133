import type { CollectionSlug, GlobalSlug, Payload, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

import { byId, type StoredDocument } from './archiveFormat'

/**
 * Reads what the database holds, below Payload's hooks and field access: the adapter's own
 * find, so hidden fields (password hashes and salts) come along, every locale of a localized
 * field is kept, and nothing is computed on the way out. Generic over the configuration:
 * a collection or global added later is read like the others.
 */

/**
 * Payload's record of applied migrations belongs to the database it describes, not to the
 * content: the database imported into keeps its own.
 */
const NOT_CONTENT = new Set(['payload-migrations'])

export function contentCollections(config: SanitizedConfig): SanitizedCollectionConfig[] {
  return config.collections.filter((collection) => !NOT_CONTENT.has(collection.slug))
}

export function contentGlobals(config: SanitizedConfig): SanitizedGlobalConfig[] {
  return config.globals
}

export const hasVersions = (entity: { versions?: unknown }) => Boolean(entity.versions)

const PAGE = 500

type Page = { docs: Record<string, unknown>[]; hasNextPage?: boolean }

async function readPaged(fetch: (page: number) => Promise<Page>): Promise<StoredDocument[]> {
  const docs: StoredDocument[] = []
  for (let page = 1; ; page++) {
    const result = await fetch(page)
    docs.push(...(result.docs as StoredDocument[]))
    if (!result.hasNextPage || result.docs.length === 0) break
  }
  return byId(docs)
}

/** Join fields are views of other collections, not stored here: they are asked not to be filled. */
export function readDocuments(payload: Payload, slug: string): Promise<StoredDocument[]> {
  return readPaged((page) =>
    payload.db.find({ collection: slug as CollectionSlug, locale: 'all', limit: PAGE, page, pagination: true, sort: 'id', where: {}, joins: false as never }) as Promise<Page>,
  )
}

export function readVersions(payload: Payload, slug: string): Promise<StoredDocument[]> {
  return readPaged((page) =>
    payload.db.findVersions({ collection: slug as CollectionSlug, locale: 'all', limit: PAGE, page, pagination: true, sort: 'id', where: {} }) as Promise<Page>,
  )
}

export function readGlobalVersions(payload: Payload, slug: string): Promise<StoredDocument[]> {
  return readPaged((page) =>
    payload.db.findGlobalVersions({ global: slug as GlobalSlug, locale: 'all', limit: PAGE, page, pagination: true, sort: 'id', where: {} }) as Promise<Page>,
  )
}

/** The global as stored, or null when it has never been saved (the adapters answer {} or null). */
export async function readGlobal(payload: Payload, slug: string): Promise<Record<string, unknown> | null> {
  const doc = (await payload.db.findGlobal({ slug: slug as GlobalSlug, locale: 'all', where: {} })) as Record<string, unknown> | null
  if (!doc) return null
  // Added by the adapter on the way out; not stored. The row's id is the adapter's own business
  // (a global is found by its slug), and MongoDB would give it another on import.
  const { globalType: _type, id: _id, ...stored } = doc
  return Object.keys(stored).length ? stored : null
}

/** Documents per collection and saved globals: what makes a database "not empty" for an import. */
export async function countContent(payload: Payload): Promise<{ total: number; by: Record<string, number> }> {
  const by: Record<string, number> = {}
  for (const collection of contentCollections(payload.config)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug as CollectionSlug, where: {} })
    if (totalDocs) by[collection.slug] = totalDocs
    if (hasVersions(collection)) {
      const versions = await payload.db.countVersions?.({ collection: collection.slug as CollectionSlug, where: {} })
      if (versions?.totalDocs) by[`${collection.slug} versions`] = versions.totalDocs
    }
  }
  for (const global of contentGlobals(payload.config)) {
    if (await readGlobal(payload, global.slug)) by[`global ${global.slug}`] = 1
  }
  return { total: Object.values(by).reduce((a, b) => a + b, 0), by }
}

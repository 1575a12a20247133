import { createHash } from 'node:crypto'

import type { ArchiveContent } from './archiveContent'

const OBJECT_ID = /^[0-9a-f]{24}$/i

/** MongoDB takes only 24-hex-digit ObjectIds as document ids; SQLite stores UUIDs. */
export const isObjectId = (id: unknown) => typeof id === 'string' && OBJECT_ID.test(id)

/** The same ObjectId for the same id on every import: a SHA-256 of it, cut to 12 bytes. */
export function objectIdFor(id: string | number): string {
  return createHash('sha256').update(String(id)).digest('hex').slice(0, 24)
}

/**
 * The archive's content with every document and version id that MongoDB cannot take replaced by
 * a stable ObjectId, everywhere it occurs: relationships, version parents, ids inside rich text
 * and JSON. Whole strings only: a UUID cannot be mistaken for anything else, and no text that
 * merely contains one is changed. Array row ids are ObjectIds already and are left alone.
 */
export function withObjectIds(content: ArchiveContent): { content: ArchiveContent; remapped: number } {
  const map = new Map<string, string>()
  const note = (id: string | number) => {
    if (!isObjectId(id)) map.set(String(id), objectIdFor(id))
  }
  for (const docs of content.collections.values()) docs.forEach((doc) => note(doc.id))
  for (const docs of content.versions.values()) docs.forEach((doc) => note(doc.id))
  for (const docs of content.globalVersions.values()) docs.forEach((doc) => note(doc.id))
  if (map.size === 0) return { content, remapped: 0 }
  for (const mapped of map.values()) {
    if (map.has(mapped)) throw new Error(`id ${mapped} is both an archive id and the ObjectId chosen for another; cannot map ids for MongoDB`)
  }
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return map.get(value) ?? value
    if (Array.isArray(value)) return value.map(replace)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]))
    return value
  }
  const mapAll = <T>(entries: Map<string, T>) => new Map([...entries].map(([slug, value]) => [slug, replace(value) as T]))
  return {
    content: {
      collections: mapAll(content.collections),
      versions: mapAll(content.versions),
      globals: mapAll(content.globals),
      globalVersions: mapAll(content.globalVersions),
    },
    remapped: map.size,
  }
}

import path from 'node:path'

import type { SanitizedCollectionConfig } from 'payload'

/**
 * Where an upload collection keeps its files on this machine, or null for a collection that
 * holds no uploads or keeps them elsewhere (a storage adapter: not this archive's business).
 */
export function uploadDir(collection: SanitizedCollectionConfig): string | null {
  const upload = collection.upload as { staticDir?: string; disableLocalStorage?: boolean } | false | undefined
  if (!upload || upload.disableLocalStorage) return null
  return path.resolve(upload.staticDir ?? collection.slug)
}

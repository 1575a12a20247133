import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

/** Every locale of the stored document, relations as ids: what a failed write must not touch. */
export function readStored(payload: Payload, collection: CollectionSlug, id: string) {
  return payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true })
}

/**
 * Runs a write that must be rejected and proves the stored document, every other
 * document count and the version history are exactly as they were.
 */
export async function expectStoredDataIntact(
  payload: Payload,
  collection: CollectionSlug,
  id: string,
  rejectedWrite: () => Promise<void>,
): Promise<void> {
  const versioned = Boolean(payload.collections[collection].config.versions)
  const versions = () => (versioned ? payload.findVersions({ collection, depth: 0, limit: 0, pagination: false }).then((v) => v.totalDocs) : 0)
  const before = { doc: await readStored(payload, collection, id), count: (await payload.count({ collection })).totalDocs, versions: await versions() }
  await rejectedWrite()
  const after = { doc: await readStored(payload, collection, id), count: (await payload.count({ collection })).totalDocs, versions: await versions() }
  expect(after).toEqual(before)
}

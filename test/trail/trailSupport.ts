import type { CollectionSlug, Payload, Where } from 'payload'

/** An audit trail entry as stored (the test reads with access control off). */
export type Entry = {
  id: string
  at: string
  action: string
  userId: string | null
  userEmail: string | null
  userRole: string | null
  collection: string
  documentId: string | null
  title: string | null
  documentStatus: string | null
  locale: string | null
  missions: string[]
  changes: { field: string; before: string | null; after: string | null; omitted: string | null }[]
  channel: string | null
  ip: string | null
}

export const TRAIL = 'audit-trail' as CollectionSlug

/** Every entry matching, oldest first, as the database holds them. */
export async function entries(payload: Payload, where: Where = {}): Promise<Entry[]> {
  const { docs } = await payload.find({ collection: TRAIL, where, sort: ['at', 'id'], limit: 1000, depth: 0, overrideAccess: true })
  return (docs as unknown as Entry[]).map((doc) => ({
    ...doc,
    missions: (doc.missions ?? []).map(String),
    changes: (doc.changes ?? []).map(({ field, before, after, omitted }) => ({ field, before: before ?? null, after: after ?? null, omitted: omitted ?? null })),
  }))
}

/** The entries about one document, oldest first. */
export const entriesOf = (payload: Payload, collection: string, documentId: string) =>
  entries(payload, { and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }] })

/** How many entries the trail holds. */
export async function countEntries(payload: Payload): Promise<number> {
  return (await payload.count({ collection: TRAIL, overrideAccess: true })).totalDocs
}

/** A field's change in an entry, or undefined. */
export const changeOf = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field)

import type { CollectionSlug, Payload } from 'payload'

import { idOf } from '../access/roles'

type Doc = Record<string, any>

export const CORPS_COLLECTION = 'accredited-missions' as CollectionSlug

/**
 * The published entries of the accredited corps, every language, as an anonymous reader: the
 * collection's access rules (not a where clause that could be forgotten) keep drafts out. Each
 * account's platform is joined from `platforms` (the social platforms the build already read),
 * so the read stays one query at depth 0.
 */
export async function loadAccreditedCorps(payload: Payload, platforms: readonly Doc[]): Promise<Doc[]> {
  const result = await payload.find({
    collection: CORPS_COLLECTION, overrideAccess: false, locale: 'all', depth: 0, pagination: false, draft: false,
    where: { _status: { equals: 'published' } },
  } as Parameters<Payload['find']>[0])
  const byId = new Map(platforms.map((p) => [String(p.id), p]))
  return (result.docs as Doc[]).map((doc) => ({
    ...doc,
    socialAccounts: (Array.isArray(doc.socialAccounts) ? doc.socialAccounts : []).map((row: Doc) => ({
      ...row,
      platform: byId.get(idOf(row.platform) ?? '') ?? row.platform,
    })),
  }))
}

/** How many entries of the accredited corps the public sees (the presence audit's host-country section). */
export async function countPublishedCorps(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection: CORPS_COLLECTION, overrideAccess: false, where: { _status: { equals: 'published' } } })
  return totalDocs
}

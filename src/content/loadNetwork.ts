import type { CollectionSlug, Payload } from 'payload'

/**
 * Reads everything the public sites show, in one pass, as an anonymous reader: access rules
 * (not a where clause that could be forgotten) guarantee that drafts, versions, users and
 * internal fields never reach a generated file. `locale: 'all'` returns every translation
 * at once, so each mission can fall back to its own default language.
 */
export type RawNetwork = {
  ministry: Record<string, any>
  missions: Record<string, any>[]
  releases: Record<string, any>[]
  services: Record<string, any>[]
  pages: Record<string, any>[]
  accounts: Record<string, any>[]
  topics: Record<string, any>[]
}

const PUBLIC_READ = { overrideAccess: false, locale: 'all', depth: 1, pagination: false, draft: false } as const

async function all(payload: Payload, collection: CollectionSlug, where?: Record<string, unknown>) {
  const result = await payload.find({ collection, ...PUBLIC_READ, ...(where ? { where } : {}) } as Parameters<Payload['find']>[0])
  return result.docs as Record<string, any>[]
}

export async function loadNetwork(payload: Payload): Promise<RawNetwork> {
  const [ministry, missions, releases, services, pages, accounts, topics] = await Promise.all([
    payload.findGlobal({ slug: 'ministry', overrideAccess: false, locale: 'all', depth: 1 } as Parameters<Payload['findGlobal']>[0]),
    all(payload, 'missions'),
    all(payload, 'press-releases', { _status: { equals: 'published' } }),
    all(payload, 'services', { _status: { equals: 'published' } }),
    all(payload, 'mission-pages', { _status: { equals: 'published' } }),
    all(payload, 'social-accounts'),
    all(payload, 'topics'),
  ])
  return { ministry: ministry as Record<string, any>, missions, releases, services, pages, accounts, topics }
}

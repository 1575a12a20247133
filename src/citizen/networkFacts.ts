import type { Payload } from 'payload'

export type MissionFacts = {
  id: string
  slug: string
  baseUrl: string | null
  locales: string[]
  defaultLocale: string
  /** Its name in each language it has one in (the acknowledgement names the mission). */
  names: Record<string, string>
}

/** What the public endpoints need to know about the network: read once a minute, not per post. */
export type NetworkFacts = {
  missions: Map<string, MissionFacts>
  topics: Map<string, string>
  services: Map<string, string>
  ministryBaseUrl: string | null
  /** The charter's promise, quoted in acknowledgements. */
  replyWithinWorkingDays: number | null
  read: number
}

const TTL_MS = 60_000
const cache = new WeakMap<Payload, Promise<NetworkFacts>>()

async function readFacts(payload: Payload): Promise<NetworkFacts> {
  const [missions, topics, services, ministry] = await Promise.all([
    payload.find({ collection: 'missions', depth: 0, pagination: false, where: { status: { not_equals: 'closed' } }, select: { slug: true, baseUrl: true, siteLocales: true, defaultLocale: true, name: true }, locale: 'all' }),
    payload.find({ collection: 'enquiry-topics', depth: 0, pagination: false, select: { slug: true } }),
    payload.find({ collection: 'services', depth: 0, pagination: false, where: { _status: { equals: 'published' } }, select: { slug: true } }),
    payload.findGlobal({ slug: 'ministry', depth: 0 }),
  ])
  return {
    missions: new Map(missions.docs.map((m: Record<string, any>) => [m.slug, {
      id: m.id, slug: m.slug, baseUrl: m.baseUrl ?? null, locales: m.siteLocales ?? [], defaultLocale: m.defaultLocale ?? 'es',
      names: typeof m.name === 'object' && m.name ? m.name : { es: String(m.name ?? m.slug) },
    }])),
    topics: new Map(topics.docs.map((t) => [t.slug, t.id])),
    services: new Map(services.docs.map((s) => [s.slug, s.id])),
    ministryBaseUrl: (ministry as { baseUrl?: string }).baseUrl ?? null,
    replyWithinWorkingDays: ministry.citizenAttention?.replyWithinWorkingDays ?? null,
    read: Date.now(),
  }
}

/** The open missions, topics and services by slug; at most a minute old. */
export async function networkFacts(payload: Payload, now = Date.now()): Promise<NetworkFacts> {
  const cached = cache.get(payload)
  if (cached) {
    const facts = await cached.catch(() => null)
    if (facts && now - facts.read < TTL_MS) return facts
  }
  const fresh = readFacts(payload)
  cache.set(payload, fresh)
  return fresh
}

/** Forget what was read (tests, and after a change that must show at once). */
export function forgetNetworkFacts(payload: Payload): void {
  cache.delete(payload)
}

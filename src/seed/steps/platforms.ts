import { platformRules } from '../../social/platformRules'
import type { PlatformRules } from '../../social/types'
import type { SeedContext } from '../context'
import { PLATFORMS, type PlatformSeed } from '../data/platforms'
import { ensureDocument, SEEDING_CONTEXT } from '../writer'

/** A seeded platform's document data, as the social-platforms collection stores it. */
export function platformDocument(platform: PlatformSeed) {
  return {
    name: platform.name,
    slug: platform.slug,
    hosts: platform.hosts.map((host) => ({ host })),
    federated: platform.federated ?? false,
    urlTemplate: platform.urlTemplate ?? null,
    handlePattern: platform.handlePattern ?? null,
    caseSensitive: platform.caseSensitive ?? false,
    normaliser: platform.normaliser,
    wikidataProperty: platform.wikidataProperty ?? null,
  }
}

/** The rules a seeded platform is read by, exactly as once stored. */
export const seededPlatformRules = (slug: string): PlatformRules => {
  const seed = PLATFORMS.find((p) => p.slug === slug)
  if (!seed) throw new Error(`No seeded platform "${slug}".`)
  return platformRules(platformDocument(seed))
}

export async function seedPlatforms({ payload, report, refs }: SeedContext): Promise<void> {
  for (const platform of PLATFORMS) {
    const id = await ensureDocument(payload, report, {
      collection: 'social-platforms',
      where: { slug: { equals: platform.slug } },
      locales: ['es'],
      data: () => platformDocument(platform),
    })
    refs.platforms.set(platform.slug, id)
    await fillNewRules(payload, id, platform)
  }
}

/**
 * A platform stored before platforms carried their own address rules has no handle pattern
 * and the default grammar: those rules, and only those, are filled in from the seed. A
 * platform whose rules were saved (by this seed or by an editor) is left as it is.
 */
async function fillNewRules(payload: SeedContext['payload'], id: string, platform: PlatformSeed): Promise<void> {
  const stored = (await payload.findByID({ collection: 'social-platforms', id, depth: 0, context: SEEDING_CONTEXT })) as unknown as Record<string, unknown>
  const rules = platformDocument(platform)
  // The schema gives the old rows the field's default grammar; the seed knows the platform's own.
  const neverSaved = stored.handlePattern == null && (stored.normaliser ?? 'template') === 'template' && rules.normaliser !== 'template'
  if (!neverSaved) return
  await payload.update({
    collection: 'social-platforms', id, depth: 0, context: SEEDING_CONTEXT,
    data: { urlTemplate: stored.urlTemplate || rules.urlTemplate, handlePattern: rules.handlePattern, caseSensitive: rules.caseSensitive, normaliser: rules.normaliser } as never,
  })
}

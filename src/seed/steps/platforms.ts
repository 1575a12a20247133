import type { SeedContext } from '../context'
import { PLATFORMS } from '../data/platforms'
import { ensureDocument } from '../writer'

export async function seedPlatforms({ payload, report, refs }: SeedContext): Promise<void> {
  for (const platform of PLATFORMS) {
    const id = await ensureDocument(payload, report, {
      collection: 'social-platforms',
      where: { slug: { equals: platform.slug } },
      locales: ['es'],
      data: () => ({
        name: platform.name,
        slug: platform.slug,
        hosts: platform.hosts.map((host) => ({ host })),
        federated: platform.federated ?? false,
        urlTemplate: platform.urlTemplate ?? null,
        wikidataProperty: platform.wikidataProperty ?? null,
      }),
    })
    refs.platforms.set(platform.slug, id)
  }
}

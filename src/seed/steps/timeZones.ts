import type { SeedContext } from '../context'
import { MISSIONS } from '../data/missions'
import { idFor } from '../refs'
import { SEEDING_CONTEXT } from '../writer'

/**
 * A mission seeded before missions had a time zone keeps its slug, so seedMissions leaves it
 * alone; it still gets its city's zone while it has none, or its schedules could not be made.
 * Once it has one, the zone is the ministry's to change.
 */
export async function seedMissionTimeZones({ payload, refs }: SeedContext): Promise<void> {
  const { docs } = await payload.find({
    collection: 'missions', depth: 0, pagination: false, context: SEEDING_CONTEXT,
    where: { or: [{ timeZone: { exists: false } }, { timeZone: { equals: '' } }] },
    select: { slug: true },
  })
  const without = new Set(docs.map((m) => m.id))
  for (const seed of MISSIONS) {
    const id = idFor(refs.missions, seed.slug, 'mission')
    if (!without.has(id)) continue
    await payload.update({ collection: 'missions', id, data: { timeZone: seed.timeZone }, depth: 0, context: SEEDING_CONTEXT })
  }
}

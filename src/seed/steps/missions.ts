import type { SeedContext } from '../context'
import { MISSIONS } from '../data/missions'
import { SERVICES } from '../data/services'
import { missionData } from '../documents/mission'
import { idFor } from '../refs'
import { ensureDocument } from '../writer'

/** Embassies are created before their consulates (the data is ordered so), so `parent` can be linked. */
export async function seedMissions({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const [index, seed] of MISSIONS.entries()) {
    const open = (seed.status ?? 'open') === 'open'
    const serviceIds = open
      ? SERVICES.filter((s) => s.offeredBy.includes(seed.type)).map((s) => idFor(refs.services, s.slug, 'service'))
      : []
    const parentId = seed.parent ? idFor(refs.missions, seed.parent, 'parent mission') : null
    const id = await ensureDocument(payload, report, {
      collection: 'missions',
      where: { slug: { equals: seed.slug } },
      locales: seed.locales,
      data: (locale) => missionData(seed, locale, { index: index + 1, parentId, serviceIds, now }),
    })
    refs.missions.set(seed.slug, id)
  }
}

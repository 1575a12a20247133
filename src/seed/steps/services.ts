import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { MISSIONS } from '../data/missions'
import { SERVICES, type ServiceSeed } from '../data/services'
import { serviceData } from '../documents/service'
import { idFor } from '../refs'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

/** Services come before missions, whose offices list the services they offer. */
export async function seedServices({ payload, report, refs }: SeedContext): Promise<void> {
  for (const service of SERVICES) {
    const id = await ensureDocument(payload, report, {
      collection: 'services',
      where: { slug: { equals: service.slug } },
      locales: LOCALE_CODES,
      data: (locale) => serviceData(service, locale),
    })
    refs.services.set(service.slug, id)
  }
}

/** The open missions that offer a service, by slug. */
export function missionsOffering(service: ServiceSeed): string[] {
  return MISSIONS.filter((m) => (m.status ?? 'open') === 'open' && service.offeredBy.includes(m.type)).map((m) => m.slug)
}

/**
 * Once missions exist, each service records who offers it and where the fee differs.
 * Only a service still without missions is linked: a second run, or an editor's
 * later choice, is left alone.
 */
export async function linkServicesToMissions({ payload, refs }: SeedContext): Promise<void> {
  for (const service of SERVICES) {
    const id = idFor(refs.services, service.slug, 'service')
    const current = await payload.findByID({ collection: 'services', id, depth: 0, context: SEEDING_CONTEXT })
    if ((current.missions ?? []).length > 0) continue
    await payload.update({
      collection: 'services',
      id,
      data: {
        missions: missionsOffering(service).map((slug) => idFor(refs.missions, slug, 'mission')),
        missionOverrides: (service.overrides ?? []).map((o) => ({
          mission: idFor(refs.missions, o.mission, 'mission'),
          feeAmount: o.amount,
          feeCurrency: o.currency,
        })),
      },
      depth: 0,
      context: SEEDING_CONTEXT,
    })
  }
}

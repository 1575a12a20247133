import type { CollectionSlug, Where } from 'payload'

import type { SeedContext } from '../context'
import { MISSIONS } from '../data/missions'
import { PAGE_TEMPLATES } from '../data/pageTemplates'
import { MINISTRY_NEWS } from '../data/releases/ministryNews'
import { MISSION_NEWS } from '../data/releases/missionNews'
import { missionPlaceholders } from '../documents/mission'
import { textFields } from '../documents/text'
import { idFor } from '../refs'
import { SEEDING_CONTEXT } from '../writer'

type Revision = { label: string; collection: CollectionSlug; where: Where; original: string | undefined; note: string }

const madrid = () => {
  const seed = MISSIONS.find((m) => m.slug === 'madrid')
  if (!seed) throw new Error('Seed data has no mission "madrid" to revise texts of.')
  return seed
}

/** The Spanish texts corrected after their translations were written, each with what was added. */
function revisions({ refs }: SeedContext): Revision[] {
  const ministry = MINISTRY_NEWS[0]
  const mission = madrid()
  const missionId = idFor(refs.missions, mission.slug, 'mission')
  const release = MISSION_NEWS.mobileConsulate
  return [
    {
      label: `ministry release ${ministry.slug}`,
      collection: 'press-releases',
      where: { and: [{ slug: { equals: ministry.slug } }, { mission: { exists: false } }] },
      original: textFields(ministry.text, 'es')?.summary,
      note: ' El registro está abierto todo el año.',
    },
    {
      label: `Madrid's release ${release.slug}`,
      collection: 'press-releases',
      where: { and: [{ slug: { equals: release.slug } }, { mission: { equals: missionId } }] },
      original: textFields(release.text, 'es', missionPlaceholders(mission, 'es'))?.summary,
      note: ' Se amplía a un segundo día.',
    },
    {
      label: 'Madrid\'s page "about"',
      collection: 'mission-pages',
      where: { and: [{ kind: { equals: 'about' } }, { mission: { equals: missionId } }] },
      original: textFields(PAGE_TEMPLATES.about, 'es', missionPlaceholders(mission, 'es'))?.summary,
      note: ' Atendemos también por cita previa.',
    },
  ]
}

/**
 * So that the admin's translations view has outdated translations to show (missing ones the
 * data has already: not every text is written in every language): a few Spanish summaries are
 * corrected after their translations were saved, as an editor would. Only a summary still as
 * the seed wrote it is corrected, so a second run, or a text an editor changed since, is left
 * alone.
 */
export async function seedTranslationRevisions(context: SeedContext): Promise<void> {
  const { payload } = context
  for (const revision of revisions(context)) {
    if (!revision.original) throw new Error(`Seed data has no Spanish text for ${revision.label}.`)
    const { docs } = await payload.find({
      collection: revision.collection, where: revision.where, limit: 1, depth: 0, locale: 'es', fallbackLocale: false, context: SEEDING_CONTEXT,
    } as Parameters<typeof payload.find>[0])
    const doc = docs[0] as { id: string; summary?: string | null } | undefined
    if (!doc || doc.summary !== revision.original) continue
    await payload.update({
      collection: revision.collection, id: doc.id, locale: 'es', depth: 0, context: SEEDING_CONTEXT,
      data: { summary: `${revision.original}${revision.note}` } as never,
    })
  }
}

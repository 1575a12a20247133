import { MISSION_PAGE_KINDS } from '../../../collections/MissionPages'
import type { SeedContext } from '../context'
import { MISSIONS } from '../data/missions'
import { PAGE_TEMPLATES } from '../data/pageTemplates'
import { missionPlaceholders } from '../documents/mission'
import { localesOf, textFields } from '../documents/text'
import { idFor } from '../refs'
import { ensureDocument } from '../writer'

/** Every open mission gets the six standard pages, filled from one template per kind. */
export async function seedMissionPages({ payload, report, refs }: SeedContext): Promise<void> {
  for (const mission of MISSIONS.filter((m) => (m.status ?? 'open') === 'open')) {
    const missionId = idFor(refs.missions, mission.slug, 'mission')
    for (const { value: kind } of MISSION_PAGE_KINDS) {
      const template = PAGE_TEMPLATES[kind]
      await ensureDocument(payload, report, {
        collection: 'mission-pages',
        where: { and: [{ mission: { equals: missionId } }, { kind: { equals: kind } }] },
        locales: localesOf(template, mission.locales),
        data: (locale) => {
          const text = textFields(template, locale, missionPlaceholders(mission, locale))
          return locale === 'es' ? { ...text, mission: missionId, kind, _status: 'published' } : text
        },
      })
    }
  }
}

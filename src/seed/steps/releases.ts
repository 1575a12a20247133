import type { LocaleCode } from '../../config/locales'
import type { SeedContext } from '../context'
import { MISSIONS, type MissionSeed } from '../data/missions'
import { MINISTRY_NEWS } from '../data/releases/ministryNews'
import { MISSION_NEWS } from '../data/releases/missionNews'
import { MISSION_RELEASES } from '../data/releases/schedule'
import type { ReleaseTemplate } from '../data/releases/types'
import { missionPlaceholders } from '../documents/mission'
import { localesOf, textFields } from '../documents/text'
import { idFor, type Refs } from '../refs'
import { ensureDocument } from '../writer'

const DAY = 24 * 60 * 60 * 1000

/** A publication time `daysAgo` before the run, in office hours, varied so feeds do not show one identical time. */
export function publicationDate(now: Date, daysAgo: number, variation: number): string {
  const date = new Date(now.getTime() - daysAgo * DAY)
  date.setUTCHours(8 + (variation % 8), (variation * 7) % 60, 0, 0)
  return date.toISOString()
}

function common(template: ReleaseTemplate, refs: Refs) {
  return {
    slug: template.slug,
    topics: template.topics.map((t) => idFor(refs.topics, t, 'topic')),
    heroImage: template.image ? idFor(refs.images, template.image, 'image') : null,
  }
}

export async function seedMinistryReleases({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const [index, release] of MINISTRY_NEWS.entries()) {
    await ensureDocument(payload, report, {
      collection: 'press-releases',
      where: { and: [{ slug: { equals: release.slug } }, { mission: { exists: false } }] },
      locales: localesOf(release.text, ['en', 'fr', 'zh', 'ar']),
      data: (locale) =>
        locale === 'es'
          ? {
              ...textFields(release.text, locale),
              ...common(release, refs),
              mission: null,
              syndication: release.syndication,
              syndicatedTo: (release.syndicatedTo ?? []).map((slug) => idFor(refs.missions, slug, 'mission')),
              publishedAt: publicationDate(now, release.daysAgo, index),
              _status: 'published',
            }
          : textFields(release.text, locale),
    })
  }
}

function missionSeed(slug: string): MissionSeed {
  const seed = MISSIONS.find((m) => m.slug === slug)
  if (!seed) throw new Error(`Seed data refers to mission "${slug}", which is not in the network.`)
  return seed
}

export async function seedMissionReleases({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const [index, release] of MISSION_RELEASES.entries()) {
    const mission = missionSeed(release.mission)
    const missionId = idFor(refs.missions, mission.slug, 'mission')
    const template = MISSION_NEWS[release.news]
    const values = (locale: LocaleCode) => missionPlaceholders(mission, locale)
    await ensureDocument(payload, report, {
      collection: 'press-releases',
      where: { and: [{ slug: { equals: template.slug } }, { mission: { equals: missionId } }] },
      locales: localesOf(template.text, mission.locales),
      data: (locale) =>
        locale === 'es'
          ? {
              ...textFields(template.text, locale, values(locale)),
              ...common(template, refs),
              mission: missionId,
              ...(release.draft
                ? { _status: 'draft' }
                : { _status: 'published', publishedAt: publicationDate(now, release.daysAgo, index) }),
            }
          : textFields(template.text, locale, values(locale)),
    })
  }
}

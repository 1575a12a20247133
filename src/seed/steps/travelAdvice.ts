import type { CollectionSlug } from 'payload'

import type { LocaleCode } from '../../config/locales'
import { ADVICE_PARTS } from '../../content/travelAdviceLevels'
import type { SeedContext } from '../context'
import { TRAVEL_ADVICE, type AdvicePublication } from '../data/travelAdvice'
import { graftIds } from '../graftIds'
import { directionOf, richText } from '../lexical'
import { count } from '../report'
import { SEEDING_CONTEXT } from '../writer'

const COLLECTION = 'travel-advice' as CollectionSlug
const DAY = 24 * 60 * 60 * 1000
// Spanish first: it is the network's default language, in which publishing asks for a change note.
const LOCALES: LocaleCode[] = ['es', 'en']

/** What one publication writes in one language; the language-neutral fields only in Spanish. */
function dataFor(publication: AdvicePublication, country: string, locale: LocaleCode, reviewedAt: string) {
  const parts = Object.fromEntries(ADVICE_PARTS.flatMap((part) => {
    const text = publication.parts[part]?.[locale]
    return text ? [[part, richText({ paragraphs: [text], direction: directionOf(locale) })]] : []
  }))
  const localized = {
    summary: publication.summary[locale],
    changeNote: publication.changeNote[locale],
    parts,
    regions: publication.regions.map((r) => ({ name: r.name[locale], level: r.level, summary: r.summary[locale] })),
  }
  return locale === 'es'
    ? { ...localized, country, level: publication.level, majorChange: publication.major, reviewedAt, _status: 'published' }
    : { ...localized, _status: 'published' }
}

/**
 * The demo's travel advice, each publication in turn, so the history hook writes the changes as an
 * editor's publications would; each is dated its days before the run (`changeAt`, honoured only
 * under the seeding flag). An advice already stored is left as it is.
 */
export async function seedTravelAdvice({ payload, report, now }: SeedContext): Promise<void> {
  for (const advice of TRAVEL_ADVICE) {
    const existing = await payload.find({ collection: COLLECTION, where: { country: { equals: advice.country } }, limit: 1, depth: 0, context: SEEDING_CONTEXT })
    if (existing.docs[0]) {
      count(report, COLLECTION, 'unchanged')
      continue
    }
    let saved: Record<string, unknown> | null = null
    for (const publication of advice.publications) {
      const at = new Date(now.getTime() - publication.daysAgo * DAY).toISOString()
      const context = { ...SEEDING_CONTEXT, changeAt: at }
      for (const locale of LOCALES) {
        const data = dataFor(publication, advice.country, locale, at)
        const written: unknown = saved
          ? await payload.update({ collection: COLLECTION, id: String(saved.id), data: graftIds(data, saved) as never, locale, depth: 0, context })
          : await payload.create({ collection: COLLECTION, data: data as never, locale, depth: 0, context })
        saved = written as Record<string, unknown>
      }
    }
    count(report, COLLECTION, 'created')
  }
}

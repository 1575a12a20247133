import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { TOPICS } from '../data/topics'
import { ensureDocument } from '../writer'

export async function seedTopics({ payload, report, refs }: SeedContext): Promise<void> {
  for (const topic of TOPICS) {
    const id = await ensureDocument(payload, report, {
      collection: 'topics',
      where: { slug: { equals: topic.slug } },
      locales: LOCALE_CODES.filter((l) => topic.name[l]),
      data: (locale) => (locale === 'es' ? { slug: topic.slug, name: topic.name.es } : { name: topic.name[locale] }),
    })
    refs.topics.set(topic.slug, id)
  }
}

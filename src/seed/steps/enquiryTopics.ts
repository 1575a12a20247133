import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { ENQUIRY_TOPICS, topicOrder } from '../data/enquiryTopics'
import { ensureDocument } from '../writer'

/** The topics every contact form offers, found again by slug (the form posts the slug). */
export async function seedEnquiryTopics({ payload, report, refs }: SeedContext): Promise<void> {
  for (const [index, topic] of ENQUIRY_TOPICS.entries()) {
    const id = await ensureDocument(payload, report, {
      collection: 'enquiry-topics',
      where: { slug: { equals: topic.slug } },
      locales: LOCALE_CODES,
      data: (locale) => (locale === 'es' ? { slug: topic.slug, name: topic.name.es, order: topicOrder(index) } : { name: topic.name[locale] }),
    })
    refs.enquiryTopics.set(topic.slug, id)
  }
}

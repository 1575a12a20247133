import type { LocaleCode } from '../../config/locales'
import type { ServiceSeed } from '../data/services'
import { directionOf, richText } from '../lexical'
import { inLocale } from '../localized'

/** A service in Spanish (all fields) or a translation (only what was translated). */
export function serviceData(seed: ServiceSeed, locale: LocaleCode) {
  const title = seed.title[locale]
  const summary = seed.summary[locale]
  if (!title || !summary) return null
  const body = locale === 'es' || locale === 'en' ? seed.body[locale] : undefined
  const translated = {
    title,
    summary,
    ...(body ? { body: richText({ paragraphs: body, direction: directionOf(locale) }) } : {}),
    ...(seed.processingTime?.[locale] ? { processingTime: seed.processingTime[locale] } : {}),
    // A required field inside an array is validated in every language the document is saved in.
    requirements: seed.requirements.map((r) => ({ requirement: inLocale(r, locale) })),
  }
  if (locale !== 'es') return translated
  return {
    ...translated,
    slug: seed.slug,
    category: seed.category,
    audience: seed.audience,
    feeAmount: seed.fee?.amount ?? null,
    feeCurrency: seed.fee?.currency ?? null,
    _status: 'published',
  }
}

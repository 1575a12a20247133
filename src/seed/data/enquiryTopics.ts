import type { LocaleCode } from '../../config/locales'

export const ENQUIRY_TOPIC_SLUGS = ['consular', 'visas', 'trade', 'culture', 'press', 'other'] as const

export type EnquiryTopicSlug = (typeof ENQUIRY_TOPIC_SLUGS)[number]

/** Every contact form offers the whole list, so each name exists in every language a site can serve. */
export type EnquiryTopicSeed = { slug: EnquiryTopicSlug; name: Record<LocaleCode, string> }

/** In the order the forms list them; "other" last so it reads as the catch-all. */
export const ENQUIRY_TOPICS: EnquiryTopicSeed[] = [
  { slug: 'consular', name: { es: 'Trámites consulares', en: 'Consular services', fr: 'Services consulaires', zh: '领事业务', ar: 'الخدمات القنصلية' } },
  { slug: 'visas', name: { es: 'Visas', en: 'Visas', fr: 'Visas', zh: '签证', ar: 'التأشيرات' } },
  { slug: 'trade', name: { es: 'Comercio e inversiones', en: 'Trade and investment', fr: 'Commerce et investissement', zh: '贸易与投资', ar: 'التجارة والاستثمار' } },
  { slug: 'culture', name: { es: 'Cultura y educación', en: 'Culture and education', fr: 'Culture et éducation', zh: '文化与教育', ar: 'الثقافة والتعليم' } },
  { slug: 'press', name: { es: 'Prensa', en: 'Press', fr: 'Presse', zh: '新闻媒体', ar: 'الصحافة' } },
  { slug: 'other', name: { es: 'Otros asuntos', en: 'Other matters', fr: 'Autres questions', zh: '其他事项', ar: 'مسائل أخرى' } },
]

/** Gaps of ten leave room for an editor to slot a topic in between without renumbering. */
export const topicOrder = (index: number): number => (index + 1) * 10

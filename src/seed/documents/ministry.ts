import type { LocaleCode } from '../../config/locales'
import { CHARTER, CITIZEN_ATTENTION, MINISTRY } from '../data/ministry'
import { directionOf, richText } from '../lexical'
import { inLocale } from '../localized'

/** The ministry global in one language; brand and URLs are written with the Spanish version. */
export function ministryData(locale: LocaleCode) {
  const translated = {
    name: inLocale(MINISTRY.name, locale),
    shortName: inLocale(MINISTRY.shortName, locale),
    relatedLinks: MINISTRY.relatedLinks.map((link) => ({ kind: link.kind, url: link.url, label: inLocale(link.label, locale) })),
    footerText: inLocale(MINISTRY.footerText, locale),
    charter: richText({ ...CHARTER[locale], direction: directionOf(locale) }),
    citizenAttention: citizenAttentionData(locale),
  }
  if (locale !== 'es') return translated
  return { ...translated, baseUrl: MINISTRY.baseUrl, brand: MINISTRY.brand }
}

/** The charter's promise and commitments in one language; the numbers are not localized, so every locale may carry them. */
export function citizenAttentionData(locale: LocaleCode) {
  return {
    replyWithinWorkingDays: CITIZEN_ATTENTION.replyWithinWorkingDays,
    enquiryRetentionDays: CITIZEN_ATTENTION.enquiryRetentionDays,
    commitments: CITIZEN_ATTENTION.commitments.map((text) => ({ text: inLocale(text, locale) })),
  }
}

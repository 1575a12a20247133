import type { LocaleCode } from '../config/locales'

/** A text in several languages; Spanish, the network's default, is always present. */
export type Localized = { es: string } & Partial<Record<LocaleCode, string>>

/** The text in `locale`, or the Spanish one where no translation was written. */
export function inLocale(text: Localized, locale: LocaleCode): string {
  return text[locale] ?? text.es
}

/** Replaces `{name}` placeholders; unknown names are left visible so a template bug shows. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

const countryNames = new Map<LocaleCode, Intl.DisplayNames>()

/** CLDR gives bare names; English prose needs the article these take ("in the United States"). */
const IN_PROSE: Partial<Record<LocaleCode, Record<string, string>>> = {
  en: { US: 'the United States', GB: 'the United Kingdom', AE: 'the United Arab Emirates', NL: 'the Netherlands', PH: 'the Philippines' },
}

/** A country's name in a language as used mid-sentence, from the runtime's CLDR data rather than a hand-kept list. */
export function countryName(code: string, locale: LocaleCode): string {
  const prose = IN_PROSE[locale]?.[code]
  if (prose) return prose
  let names = countryNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' })
    countryNames.set(locale, names)
  }
  return names.of(code) ?? code
}

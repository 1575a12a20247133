import { DEFAULT_LOCALE, LOCALE_CODES, isLocaleCode, type LocaleCode } from '../config/locales'

/** The languages a document is published in, its source (the language the others translate) first. */
export type DocumentLanguages = { source: LocaleCode; languages: LocaleCode[] }

export type MissionLanguageSettings = { siteLocales?: unknown; defaultLocale?: unknown }

/**
 * The ministry's site is published in every language of the network, Spanish (the network's
 * default) first: what src/content/ministrySiteView.ts serves and falls back to.
 */
export const MINISTRY_LANGUAGES: DocumentLanguages = {
  source: DEFAULT_LOCALE,
  languages: [DEFAULT_LOCALE, ...LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)],
}

/**
 * A mission's site languages with its default language as the source, as
 * src/content/missionLocales.ts decides them: the default language is what a missing
 * translation falls back to, so it is the text the others are translated from. No mission
 * (a ministry release): the ministry's languages.
 */
export function documentLanguages(mission: MissionLanguageSettings | null | undefined): DocumentLanguages {
  if (!mission) return MINISTRY_LANGUAGES
  const served = (Array.isArray(mission.siteLocales) ? mission.siteLocales : []).filter(isLocaleCode)
  const source = isLocaleCode(mission.defaultLocale) ? mission.defaultLocale : served[0]
  if (!source) return MINISTRY_LANGUAGES
  return { source, languages: [source, ...served.filter((code) => code !== source)] }
}

export const sameLanguages = (a: DocumentLanguages, b: DocumentLanguages) =>
  a.source === b.source && a.languages.length === b.languages.length && a.languages.every((code, i) => code === b.languages[i])

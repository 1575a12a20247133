import { isLocaleCode, type LocaleCode } from '../config/locales'

export type MissionLocaleSettings = { siteLocales?: string[] | null; defaultLocale?: string | null }

export class LocaleNotServedError extends Error {}

/**
 * The Local API options to read a mission's content in one of its languages: a missing
 * translation falls back to the mission's own default language, not the network's.
 */
export function missionLocaleQuery(
  mission: MissionLocaleSettings,
  requested: string,
): { locale: LocaleCode; fallbackLocale: LocaleCode } {
  const served = (mission.siteLocales ?? []).filter(isLocaleCode)
  if (!isLocaleCode(requested) || !served.includes(requested)) {
    throw new LocaleNotServedError(`This mission's site is not published in "${requested}"; it serves ${served.join(', ') || 'no language'}.`)
  }
  const fallbackLocale = isLocaleCode(mission.defaultLocale) ? mission.defaultLocale : served[0]
  return { locale: requested, fallbackLocale }
}

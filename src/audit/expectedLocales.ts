/**
 * Which languages a mission's site should serve: the network's default language (every site
 * speaks the ministry's language), plus the main language of the host country when the
 * network can publish in it. The host country's language comes from CLDR's likely subtags
 * (`und-EG` maximizes to `ar-Arab-EG`), which Node ships with its ICU data.
 */
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '../config/locales'
import { checkCountryCode } from '../validation/iso'

export function hostCountryLanguage(countryCode: string): string | null {
  // CLDR answers "en" for any region it has no data for (und-XX → en-Latn-XX), so only
  // assigned ISO 3166-1 codes are asked.
  if (checkCountryCode(countryCode) !== true) return null
  return new Intl.Locale('und', { region: countryCode }).maximize().language
}

export function expectedLocales(hostCountry: string): LocaleCode[] {
  const host = hostCountryLanguage(hostCountry)
  return host && isLocaleCode(host) && host !== DEFAULT_LOCALE ? [DEFAULT_LOCALE, host] : [DEFAULT_LOCALE]
}

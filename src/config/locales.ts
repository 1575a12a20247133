/**
 * The one list of languages the network can publish in. Missions choose a subset
 * (`locales` on the mission) and a default among them.
 */
export const LOCALES = [
  { code: 'es', label: 'Español', rtl: false },
  { code: 'en', label: 'English', rtl: false },
  { code: 'fr', label: 'Français', rtl: false },
  { code: 'zh', label: '中文', rtl: false },
  { code: 'ar', label: 'العربية', rtl: true },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']

export const LOCALE_CODES: LocaleCode[] = LOCALES.map((l) => l.code)

export const DEFAULT_LOCALE: LocaleCode = 'es'

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)
}

export const LOCALE_OPTIONS = LOCALES.map((l) => ({ label: l.label, value: l.code }))

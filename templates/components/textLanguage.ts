import { LOCALES, type LocaleCode } from '../../src/config/locales'
import { html, type SafeHtml } from '../html/html'

/**
 * ` lang="…" dir="…"` for a text shown in another language than its page's (a translation that
 * is missing, replaced by the mission's default language); nothing for a text in the page's own.
 */
export function textLanguage(lang: LocaleCode | undefined): SafeHtml | false {
  if (!lang) return false
  const rtl = LOCALES.find((l) => l.code === lang)?.rtl
  return html` lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}"`
}

import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { languageName, messagesFor } from '../i18n'
import type { PageFrame } from './frame'
import type { Linker } from './links'

/**
 * Links to this page in every language the mission serves, each named in its own
 * language and marked with `lang` (so screen readers pronounce it) and `hreflang`.
 */
export function languageSwitcher(frame: PageFrame, link: Linker): SafeHtml {
  const { site, pathIn } = frame
  const locales = site.mission.siteLocales
  if (locales.length < 2) return html``
  const target = (locale: LocaleCode) => (pathIn ? pathIn(locale) : `${locale}/`)
  return html`<nav class="language-switcher" aria-label="${messagesFor(site.locale).languageNavigation}">
<ul>${locales.map((locale) => html`
<li><a href="${link(target(locale))}" hreflang="${locale}" lang="${locale}"${locale === site.locale && html` aria-current="page"`}>${languageName(locale)}</a></li>`)}
</ul>
</nav>`
}

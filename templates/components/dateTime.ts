import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { formatDate } from '../i18n/format'

/** A date for people, with its machine-readable value beside it. */
export function dateTime(locale: LocaleCode, iso: string): SafeHtml {
  return html`<time datetime="${iso}">${formatDate(locale, iso)}</time>`
}

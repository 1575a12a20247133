import type { LocaleCode, OfficeView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { phoneLink } from './phoneLink'

/** The 24-hour number, from the main office first: the one thing a national in trouble looks for. */
export function emergencyNumber(offices: OfficeView[]): string | null {
  const ordered = [...offices].sort((a, b) => Number(b.isMain) - Number(a.isMain))
  return ordered.find((o) => o.emergencyPhone)?.emergencyPhone ?? null
}

export function emergencyPanel(locale: LocaleCode, offices: OfficeView[]): SafeHtml {
  const number = emergencyNumber(offices)
  if (!number) return html``
  const t = messagesFor(locale)
  return html`<section class="panel panel--emergency" aria-labelledby="emergency">
<h2 id="emergency">${t.home.emergency}</h2>
<p>${phoneLink(number, 'phone')}</p>
<p>${t.home.emergencyHelp}</p>
</section>`
}

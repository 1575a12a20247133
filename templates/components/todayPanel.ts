import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode, OfficeView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { formatDay } from '../i18n/format'
import type { Linker } from '../layout/links'
import { timeRange } from './openingHoursTable'
import { todaysHours } from './todaysHours'

/** The main office's hours on the given date, or why it is closed. */
export function todayPanel(locale: LocaleCode, offices: OfficeView[], today: string, link: Linker): SafeHtml {
  const office = offices.find((o) => o.isMain) ?? offices[0]
  if (!office) return html``
  const t = messagesFor(locale)
  const hours = todaysHours(office, today)
  return html`<section class="panel" aria-labelledby="today">
<h2 id="today">${t.home.openingToday}</h2>
<p><time datetime="${today.slice(0, 10)}">${formatDay(locale, today)}</time> · ${office.name}</p>
${hours.state === 'closed'
  ? html`<p><strong>${t.home.closedToday}</strong>${hours.reason && html` — ${hours.reason}`}</p>`
  : hours.state === 'no-hours'
    ? html`<p>${t.home.noHoursToday}</p>`
    : html`<ul>${hours.periods.map((p) => html`<li>${timeRange(p)}${p.note && html` <span class="meta">${p.note}</span>`}</li>`)}</ul>`}
<p><a href="${link(sitePaths.contact(locale))}">${t.nav.contact}</a></p>
</section>`
}

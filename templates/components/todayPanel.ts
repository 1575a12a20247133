import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode, OfficeView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { formatDay } from '../i18n/format'
import type { Linker } from '../layout/links'
import { openingHoursTable, timeRange } from './openingHoursTable'
import { periodsOn, WEEKDAYS } from './todaysHours'


const DAY_MS = 86_400_000

/**
 * The main office's hours, true on any day the page is read. A static page cannot know the
 * day, so it carries the whole week (what shows without JavaScript, or when the mission has no
 * time zone) and, hidden, what to say on each weekday and on each closure; the home page's
 * script (templates/scripts/openingHours.ts) works out the day in the mission's own zone and
 * shows that one instead. `today` (the build's date) only decides which closures are still to
 * come; one day of slack, as the build's UTC date may be ahead of the mission's.
 */
export function todayPanel(locale: LocaleCode, offices: OfficeView[], today: string, link: Linker, timeZone: string | null = null): SafeHtml {
  const office = offices.find((o) => o.isMain) ?? offices[0]
  if (!office) return html``
  const t = messagesFor(locale)
  const from = new Date(Date.parse(`${today.slice(0, 10)}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10)
  const upcoming = office.closures.filter((c) => c.date.slice(0, 10) >= from).sort((a, b) => a.date.localeCompare(b.date))
  const periods = (list: OfficeView['openingHours']): SafeHtml =>
    list.length > 0
      ? html`<ul>${list.map((p) => html`<li>${timeRange(p)}${p.note && html` <span class="meta">${p.note}</span>`}</li>`)}</ul>`
      : html`<p>${t.home.noHoursToday}</p>`
  return html`<section class="panel" aria-labelledby="today"${timeZone && html` data-opening-today data-time-zone="${timeZone}" data-heading-today="${t.home.openingToday}"`}>
<h2 id="today">${t.contact.openingHours}</h2>
<p>${timeZone && html`<span data-today-date hidden><time datetime="${today.slice(0, 10)}">${formatDay(locale, today)}</time> · </span>`}${office.name}</p>
<div data-week>
${office.openingHours.length > 0 ? openingHoursTable(locale, office.openingHours) : html`<p>${t.home.noHoursToday}</p>`}${upcoming.length > 0 && html`
<h3>${t.contact.closures}</h3>
<ul>${upcoming.map((c) => html`<li><time datetime="${c.date.slice(0, 10)}">${formatDay(locale, c.date)}</time>${c.reason && html` — ${c.reason}`}</li>`)}</ul>`}
</div>${timeZone && html`${WEEKDAYS.map((day) => html`
<div data-day="${day}" hidden>${periods(periodsOn(office, day))}</div>`)}${upcoming.map((c) => html`
<div data-closure="${c.date.slice(0, 10)}" hidden><p><strong>${t.home.closedToday}</strong>${c.reason && html` — ${c.reason}`}</p></div>`)}`}
<p><a href="${link(sitePaths.contact(locale))}">${t.nav.contact}</a></p>
</section>`
}

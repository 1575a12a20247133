import type { LocaleCode, OpeningPeriodView } from '../../src/content/viewModels'
import type { Weekday } from '../../src/validation/hours'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { weekdayName } from '../i18n/format'

export function timeRange(period: Pick<OpeningPeriodView, 'opens' | 'closes'>): SafeHtml {
  return html`<span dir="ltr"><time>${period.opens}</time>–<time>${period.closes}</time></span>`
}

/** The weekly timetable: one row per period, days named by Intl in the reader's language. */
export function openingHoursTable(locale: LocaleCode, periods: OpeningPeriodView[]): SafeHtml {
  if (periods.length === 0) return html``
  const t = messagesFor(locale)
  const list = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' })
  return html`<table class="hours">
<caption class="visually-hidden">${t.contact.openingHours}</caption>
<tbody>${periods.map((period) => html`
<tr><th scope="row">${list.format(period.days.map((d) => weekdayName(locale, d as Weekday)))}</th><td>${timeRange(period)}${period.note && html` <span class="meta">${period.note}</span>`}</td></tr>`)}
</tbody>
</table>`
}

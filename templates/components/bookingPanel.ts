import type { BookingView, LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { formatDay } from '../i18n/format'

/**
 * "Book an appointment" for a service, with the first day a place was free when the page was
 * built. The page is static and places go quickly, so the date is said to be the build's and
 * the booking calendar (live, on the CMS) has the last word.
 */
export function bookingPanel(locale: LocaleCode, booking: BookingView): SafeHtml {
  const t = messagesFor(locale)
  return html`<section class="panel" aria-labelledby="booking">
<h2 id="booking">${t.appointments.title}</h2>
${booking.nextDate
  ? html`<p>${t.appointments.nextAvailable}: <strong><time datetime="${booking.nextDate}">${formatDay(locale, booking.nextDate)}</time></strong></p>
<p class="meta">${t.appointments.asOfBuild}</p>`
  : html`<p>${t.appointments.noneAvailable}</p>`}
<p><a class="button" href="${booking.url}">${t.services.bookAppointment}</a></p>
</section>`
}

/** The home page's way in to booking, for a mission that takes appointments for any of its services. */
export function bookingEntry(locale: LocaleCode, url: string): SafeHtml {
  const t = messagesFor(locale)
  return html`<section class="panel" aria-labelledby="appointments">
<h2 id="appointments">${t.appointments.title}</h2>
<p>${t.appointments.homeIntro}</p>
<p><a class="button" href="${url}">${t.services.bookAppointment}</a></p>
</section>`
}

import type { LocaleCode, OfficeView } from '../../src/content/viewModels'
import { html, join, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { countryName, formatDay } from '../i18n/format'
import { openingHoursTable } from './openingHoursTable'
import { phoneLink } from './phoneLink'

/** OpenStreetMap at street zoom: a plain link, so no third-party script or tile ever loads on our pages. */
export function openStreetMapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`
}

/** The lines of a postal address, the country named in the reader's language. */
function addressLines(locale: LocaleCode, address: OfficeView['address']): string[] {
  return [address.street, [address.postalCode, address.city].filter(Boolean).join(' '), address.country && countryName(locale, address.country)].filter(Boolean)
}

/**
 * Everything a visitor needs to reach one office. Each address line is isolated (<bdi>): on an
 * Arabic page a Latin-script street that starts with its number would otherwise read "Street 12",
 * and a line would take its direction from its neighbours. Phone numbers and e-mail addresses
 * always read left to right.
 */
export function officeDetails(locale: LocaleCode, office: OfficeView, headingId: string): SafeHtml {
  const t = messagesFor(locale)
  const { address } = office
  const hasMap = office.latitude !== null && office.longitude !== null
  return html`<section class="office" aria-labelledby="${headingId}">
<h2 id="${headingId}">${office.name}</h2>${office.isMain && html`
<p class="meta">${t.contact.mainOffice}</p>`}
<h3>${t.contact.address}</h3>
<address>${join(addressLines(locale, address).map((line) => html`<bdi>${line}</bdi>`), html`<br>`)}</address>${hasMap && html`
<p><a href="${openStreetMapUrl(office.latitude!, office.longitude!)}">${t.contact.mapLink(office.name)}</a></p>`}${office.phones.length > 0 && html`
<h3>${t.contact.phones}</h3>
<ul>${office.phones.map((phone) => html`<li>${phone.label}: ${phoneLink(phone.number)}</li>`)}</ul>`}${office.emergencyPhone && html`
<div class="panel panel--emergency"><h3>${t.contact.emergency}</h3><p>${phoneLink(office.emergencyPhone, 'phone')}</p></div>`}${(office.email || office.contactFormUrl) && html`
<ul>${office.email && html`<li>${t.contact.email}: <a href="mailto:${office.email}" dir="ltr">${office.email}</a></li>`}${office.contactFormUrl && html`<li><a href="${office.contactFormUrl}">${t.contact.contactForm}</a></li>`}</ul>`}${office.openingHours.length > 0 && html`
<h3>${t.contact.openingHours}</h3>
${openingHoursTable(locale, office.openingHours)}`}${office.closures.length > 0 && html`
<h3>${t.contact.closures}</h3>
<ul>${office.closures.map((closure) => html`<li><time datetime="${closure.date.slice(0, 10)}">${formatDay(locale, closure.date)}</time>${closure.reason && html` — ${closure.reason}`}</li>`)}</ul>`}${office.access && html`
<h3>${t.contact.access}</h3>
<p>${office.access}</p>`}
</section>`
}

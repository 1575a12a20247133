import type { NearestOfficeEntry, NearestOfficeView } from '../../src/content/officesView'
import { nearestOfficePaths } from '../../src/content/officesViewPaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { nearestOfficeMessagesFor } from '../i18n/nearestOffice'
import { pageShell } from '../layout/pageShell'

export type NearestOfficeParams = { site: MissionSiteView; offices: NearestOfficeView }

/**
 * Every office of the network by country: complete without JavaScript. The optional script
 * (script.ts) adds a city box and a "use my location" button, reads the network's offices
 * (data/offices.json) and the gazetteer (assets/cities.json) from the site's own origin, and
 * lists the nearest offices above, as copies of these items with their distance. No map, no
 * third-party anything. Names may be in another script than the page's: each is isolated.
 */
export function nearestOfficePage({ site, offices }: NearestOfficeParams): string {
  const { locale } = site
  const m = nearestOfficeMessagesFor(locale)
  const t = messagesFor(locale)
  const entry = (office: NearestOfficeEntry): SafeHtml => html`
<li data-office="${office.id}"><p><a href="${office.contactUrl}"><bdi>${office.name}</bdi></a>${office.isMain && html` <span class="meta">(${t.contact.mainOffice})</span>`}</p>
<p class="meta"><bdi>${office.missionName}</bdi> · ${missionTypeLabel(t, office.missionType)}${office.street && html` · <bdi>${office.street}</bdi>`}${office.city && html` · <bdi>${office.city}</bdi>`}</p></li>`
  return pageShell(
    {
      site, path: nearestOfficePaths.page(locale), pathIn: nearestOfficePaths.page, section: 'contact',
      title: m.title, description: m.description, scripts: [nearestOfficePaths.script],
    },
    (link) => html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<div id="nearest-office" class="nearest-office" data-offices="${link(nearestOfficePaths.offices)}" data-cities="${link(nearestOfficePaths.cities)}" data-messages="${JSON.stringify(m.finder)}"></div>
<section aria-labelledby="offices-by-country">
<h2 id="offices-by-country">${m.byCountry}</h2>${offices.countries.map((country, index) => html`
<section aria-labelledby="country-${index + 1}" data-country="${country.code}">
<h3 id="country-${index + 1}">${country.name}</h3>
<ul class="office-list">${country.offices.map(entry)}</ul>
</section>`)}
</section>`,
  )
}

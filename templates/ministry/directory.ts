import type { MissionSiteView, MissionSummaryView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { countryName } from '../i18n/format'
import { travelAdviceMessagesFor } from '../i18n/travelAdvice'
import { travelAdvicePaths } from '../../src/content/travelAdvicePaths'
import { corpsPaths } from '../../src/corps/corpsPaths'
import { corpsMessagesFor } from '../i18n/corps'
import { pageShell } from '../layout/pageShell'
import { ministryMessagesFor } from './messages'

export type DirectoryMission = MissionSummaryView & { /** Its home page in this language, or in its default language when it does not serve this one. */ homeUrl: string }

export type DirectoryParams = { site: MissionSiteView; missions: DirectoryMission[] }

/**
 * The ministry's home: every mission by country, then by type, linking to its own site. A name
 * or city may fall back to another language than the page's, so each is isolated (<bdi>).
 */
export function directoryPage({ site, missions }: DirectoryParams): string {
  const t = messagesFor(site.locale)
  const m = ministryMessagesFor(site.locale)
  const { locale } = site
  const byCountry = new Map<string, DirectoryMission[]>()
  for (const mission of missions) byCountry.set(mission.hostCountry, [...(byCountry.get(mission.hostCountry) ?? []), mission])
  const collator = new Intl.Collator(locale)
  const countries = [...byCountry.keys()].sort((a, b) => collator.compare(countryName(locale, a), countryName(locale, b)))
  return pageShell(
    { site, path: `${locale}/`, pathIn: (other) => `${other}/`, section: 'home', title: m.directoryTitle, description: m.directoryIntro },
    (link) => html`<h1>${m.directoryTitle}</h1>
<p class="lead">${m.directoryIntro}</p>
<ul class="inline-links">
<li><a href="${link(`${locale}/network-news/`)}">${m.networkNewsTitle}</a></li>
<li><a href="${link(`${locale}/feeds/`)}">${m.feedsTitle}</a></li>
<li><a href="${link(travelAdvicePaths.index(locale))}">${travelAdviceMessagesFor(locale).title}</a></li>
<li><a href="${link(corpsPaths.byCountry(locale))}">${corpsMessagesFor(locale).title}</a></li>
</ul>
<h2>${m.byCountry}</h2>
${countries.map((code) => html`<section aria-labelledby="country-${code}">
<h3 id="country-${code}">${countryName(locale, code)}</h3>
<ul>${(byCountry.get(code) ?? [])
  .sort((a, b) => a.type.localeCompare(b.type) || collator.compare(a.name, b.name))
  .map((mission) => html`
<li><a href="${mission.homeUrl}"><bdi>${mission.name}</bdi></a> · ${missionTypeLabel(t, mission.type)} · <bdi>${mission.city}</bdi>${mission.status === 'closed' && html` (${m.closed})`}</li>`)}
</ul>
</section>`)}`,
  )
}

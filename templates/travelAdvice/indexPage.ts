import type { TravelAdviceView } from '../../src/content/travelAdviceView'
import { travelAdvicePaths } from '../../src/content/travelAdvicePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { countryName, formatDate } from '../i18n/format'
import { travelAdviceMessagesFor } from '../i18n/travelAdvice'
import { pageShell } from '../layout/pageShell'
import { levelBadge } from './levelBadge'
import { adviceFeedLinks } from './feedLinks'

export type TravelAdviceIndexParams = { site: MissionSiteView; advice: TravelAdviceView[] }

/** Every country with published advice and its level, by name in the page's language; no map. */
export function travelAdviceIndexPage({ site, advice }: TravelAdviceIndexParams): string {
  const t = travelAdviceMessagesFor(site.locale)
  const common = messagesFor(site.locale)
  const { locale } = site
  const collator = new Intl.Collator(locale)
  const rows = advice.map((a) => ({ a, name: countryName(locale, a.country) })).sort((x, y) => collator.compare(x.name, y.name) || (x.a.country < y.a.country ? -1 : 1))
  return pageShell(
    { site, path: travelAdvicePaths.index(locale), pathIn: travelAdvicePaths.index, section: null, title: t.title, description: t.intro },
    (link) => html`<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
${rows.length > 0
  ? html`<table class="advice-index">
<caption class="visually-hidden">${t.title}</caption>
<thead><tr><th scope="col">${t.country}</th><th scope="col">${t.level}</th><th scope="col">${t.lastChange}</th></tr></thead>
<tbody>${rows.map(({ a, name }) => html`
<tr><th scope="row"><a href="${link(travelAdvicePaths.country(locale, a.country))}">${name}</a></th><td>${levelBadge(locale, a.level)}${a.highestLevel > a.level && html`<br><span class="meta">${t.higherInParts(a.highestLevel)}</span>`}</td><td><time datetime="${a.updatedAt}">${formatDate(locale, a.updatedAt)}</time></td></tr>`)}
</tbody>
</table>`
  : html`<p>${t.noAdvice}</p>`}
<h2>${t.feedsHeading}</h2>
${adviceFeedLinks(link, [
  { label: t.allChanges, rss: travelAdvicePaths.allRss(locale), json: travelAdvicePaths.allJson(locale) },
  { label: t.majorChanges, rss: travelAdvicePaths.majorRss(locale), json: travelAdvicePaths.majorJson(locale) },
], common.feeds)}
<p>${t.openData}: <a href="${link(travelAdvicePaths.levelsJson)}" type="application/json">JSON</a> · <a href="${link(travelAdvicePaths.levelsCsv)}" type="text/csv">CSV</a></p>`,
  )
}

import type { TravelAdviceView } from '../../src/content/travelAdviceView'
import { travelAdvicePaths } from '../../src/content/travelAdvicePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html, trustedHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { countryName, formatDate } from '../i18n/format'
import { travelAdviceMessagesFor } from '../i18n/travelAdvice'
import { pageShell } from '../layout/pageShell'
import { adviceFeedLinks } from './feedLinks'
import { levelBadge } from './levelBadge'

export type TravelAdviceCountryParams = { site: MissionSiteView; advice: TravelAdviceView }

/** One country's advice: level, regions at other levels, summary, parts, and every published change. */
export function travelAdviceCountryPage({ site, advice }: TravelAdviceCountryParams): string {
  const t = travelAdviceMessagesFor(site.locale)
  const common = messagesFor(site.locale)
  const { locale } = site
  const name = countryName(locale, advice.country)
  const date = (iso: string) => html`<time datetime="${iso}">${formatDate(locale, iso)}</time>`
  return pageShell(
    {
      site, path: travelAdvicePaths.country(locale, advice.country), pathIn: (other) => travelAdvicePaths.country(other, advice.country),
      section: null, title: t.countryTitle(name), description: advice.summary || t.countryTitle(name),
    },
    (link) => html`<p><a href="${link(travelAdvicePaths.index(locale))}">${t.title}</a></p>
<h1>${t.countryTitle(name)}</h1>
<p>${levelBadge(locale, advice.level)}</p>${advice.highestLevel > advice.level && html`
<p>${t.higherInParts(advice.highestLevel)}</p>`}
<p class="meta">${t.lastReviewed}: ${date(advice.reviewedAt)} · ${t.lastChange}: ${date(advice.updatedAt)}</p>${advice.regions.length > 0 && html`
<section aria-labelledby="advice-regions">
<h2 id="advice-regions">${t.regions}</h2>
<ul class="advice-regions">${advice.regions.map((r) => html`
<li><strong><bdi>${r.name}</bdi></strong>: ${levelBadge(locale, r.level)}${r.summary && html`<br>${r.summary}`}</li>`)}
</ul>
</section>`}
<h2>${t.summary}</h2>
<p class="lead">${advice.summary}</p>
${advice.parts.map((p) => html`<section aria-labelledby="advice-${p.part}">
<h2 id="advice-${p.part}">${t.parts[p.part]}</h2>
<div class="prose">${trustedHtml(p.html)}</div>
</section>`)}
<section aria-labelledby="advice-history">
<h2 id="advice-history">${t.history}</h2>
<ol class="advice-history" reversed>${advice.changes.map((c) => html`
<li>${date(c.at)} · <strong>${c.major ? t.major : t.minor}</strong> · ${t.levelNumber(c.level)}${c.note && html`<br>${c.note}`}</li>`)}
</ol>
</section>
<h2>${t.feedsHeading}</h2>
${adviceFeedLinks(link, [
  { label: t.countryFeed(name), rss: travelAdvicePaths.countryRss(locale, advice.country), json: travelAdvicePaths.countryJson(locale, advice.country) },
  { label: t.allChanges, rss: travelAdvicePaths.allRss(locale), json: travelAdvicePaths.allJson(locale) },
], common.feeds)}`,
  )
}

import { nearestOfficePaths } from '../../src/content/officesViewPaths'
import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { bookingEntry } from '../components/bookingPanel'
import { emergencyPanel } from '../components/emergencyPanel'
import { releaseSummary } from '../components/releaseSummary'
import { todayPanel } from '../components/todayPanel'
import { html } from '../html/html'
import { messagesFor, serviceCategoryLabel } from '../i18n'
import { pageShell } from '../layout/pageShell'
import { travelAdvicePanel } from '../travelAdvice/panel'
import { textLanguage } from '../components/textLanguage'

export const HOME_NEWS = 5
export const HOME_SERVICES = 6

export type HomeParams = {
  site: MissionSiteView
  /** The build's calendar date (YYYY-MM-DD) for "today's opening hours"; the template never reads a clock. */
  today: string
}

export function homePage({ site, today }: HomeParams): string {
  const t = messagesFor(site.locale)
  const { locale, mission } = site
  return pageShell(
    {
      site, path: sitePaths.home(locale), pathIn: sitePaths.home, section: 'home',
      title: mission.name, description: site.releases[0]?.summary || `${mission.name} — ${t.nav.news}, ${t.nav.services}, ${t.nav.contact}`,
      scripts: mission.timeZone && mission.offices.length > 0 ? [nearestOfficePaths.hoursScript] : [],
    },
    (link) => html`<h1>${mission.name}</h1>
${emergencyPanel(locale, mission.offices)}
${todayPanel(locale, mission.offices, today, link, mission.timeZone ?? null)}${mission.bookingUrl && html`
${bookingEntry(locale, mission.bookingUrl)}`}
${travelAdvicePanel(locale, site.travelAdvice)}
<section aria-labelledby="latest-news">
<h2 id="latest-news">${t.home.latestNews}</h2>
${site.releases.length > 0
  ? html`<ul class="news-list">${site.releases.slice(0, HOME_NEWS).map((release) => releaseSummary(locale, release, link, { headingLevel: 3, thumbnail: false }))}</ul>`
  : html`<p>${t.news.empty}</p>`}
<p><a href="${link(sitePaths.news(locale))}">${t.home.allNews}</a></p>
</section>
<section aria-labelledby="key-services">
<h2 id="key-services">${t.home.keyServices}</h2>
${site.services.length > 0
  ? html`<ul class="card-list">${site.services.slice(0, HOME_SERVICES).map((service) => html`
<li class="card"><h3><a href="${link(sitePaths.service(locale, service.slug))}"${textLanguage(service.textLanguages?.title)}>${service.title}</a></h3><p class="meta">${serviceCategoryLabel(t, service.category)}</p><p${textLanguage(service.textLanguages?.summary)}>${service.summary}</p></li>`)}</ul>`
  : html`<p>${t.services.empty}</p>`}
<p><a href="${link(sitePaths.services(locale))}">${t.home.allServices}</a></p>
</section>`,
  )
}

import { atlasPaths, openDataPaths } from '../../src/content/atlasPaths'
import type { AtlasView, MissionSiteView, SocialAccountView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { pageShell } from '../layout/pageShell'
import type { Linker } from '../layout/links'

export type AtlasParams = { site: MissionSiteView; atlas: AtlasView }

/**
 * The network's social-media atlas: country → mission → accounts. Filtering by platform is a
 * set of plain links to one static page per platform, so it works without JavaScript; the
 * optional script (atlasScript.ts) only adds a search box over what is listed. Names, cities and
 * handles may be in another script than the page's: each is isolated (<bdi>, dir).
 */
export function atlasPage({ site, atlas }: AtlasParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  const chosen = atlas.platform
  const path = chosen ? atlasPaths.platform(locale, chosen.slug) : atlasPaths.index(locale)
  const title = chosen ? t.atlas.platformTitle(chosen.name) : t.atlas.title
  const intro = chosen ? t.atlas.platformIntro(chosen.name) : t.atlas.intro
  return pageShell(
    { site, path, pathIn: (other) => (chosen ? atlasPaths.platform(other, chosen.slug) : atlasPaths.index(other)), section: 'atlas', title, description: intro },
    (link) => html`<h1>${title}</h1>
<p class="lead">${intro}</p>
${platformFilter(site, atlas, link)}
<div id="atlas" data-search-label="${t.atlas.search}" data-shown="${t.atlas.shown}">
${atlas.bodies.length > 0 && html`<section aria-labelledby="atlas-bodies">
<h2 id="atlas-bodies">${t.atlas.bodies}</h2>
${atlas.bodies.map((body) => html`<h3>${body.name}</h3>
${accountList(site, body.accounts)}`)}
</section>`}
<h2>${t.atlas.byCountry}</h2>
${atlas.countries.map((country) => html`<section id="atlas-${country.code}" aria-labelledby="atlas-${country.code}-name" data-atlas-country="${country.name}">
<h3 id="atlas-${country.code}-name">${country.name}</h3>
<ul class="atlas-missions">${country.missions.map((mission) => html`
<li data-atlas-mission>
<p><a href="${mission.homeUrl}"><bdi>${mission.name}</bdi></a> · ${missionTypeLabel(t, mission.type)} · <bdi>${mission.city}</bdi>${mission.status === 'closed' && html` (${t.atlas.closed})`}</p>
${mission.accounts.length === 0 ? html`<p class="meta">${t.atlas.noAccounts}</p>` : accountList(site, mission.accounts)}
</li>`)}
</ul>
</section>`)}
</div>
<section aria-labelledby="open-data">
<h2 id="open-data">${t.atlas.openData}</h2>
<p>${t.atlas.openDataIntro}</p>
<ul>
<li>${t.atlas.atlasData}: <a href="${link(openDataPaths.atlasJson)}" type="application/json">JSON</a> · <a href="${link(openDataPaths.atlasCsv)}" type="text/csv">CSV</a></li>
<li>${t.atlas.missionsData}: <a href="${link(openDataPaths.missionsJson)}" type="application/json">JSON</a> · <a href="${link(openDataPaths.missionsCsv)}" type="text/csv">CSV</a></li>
</ul>
</section>
<script src="${link(atlasPaths.script)}" defer></script>`,
  )
}

// Chips, as topics are shown; each counts the platform's accounts in the whole network.
function platformFilter(site: MissionSiteView, atlas: AtlasView, link: Linker): SafeHtml {
  const t = messagesFor(site.locale)
  const current = atlas.platform?.slug ?? null
  return html`<nav class="atlas-filter" aria-label="${t.atlas.filter}">
<ul class="topics">
<li><a href="${link(atlasPaths.index(site.locale))}"${current === null && html` aria-current="page"`}>${t.atlas.allPlatforms}</a></li>${atlas.platforms.map((p) => html`
<li><a href="${link(atlasPaths.platform(site.locale, p.slug))}"${current === p.slug && html` aria-current="page"`}>${p.name} (${p.accounts})</a></li>`)}
</ul>
</nav>`
}

function accountList(site: MissionSiteView, accounts: SocialAccountView[]): SafeHtml {
  return html`<ul class="account-list">${accounts.map((account) => html`
<li><a href="${account.url}"><strong>${account.platform.name}</strong>: <span dir="auto"${account.language && account.language !== site.locale && html` lang="${account.language}"`}>${account.title || account.handle || account.url}</span></a>${account.title && account.handle && html` <span class="meta" dir="ltr">${account.handle}</span>`}</li>`)}
</ul>`
}

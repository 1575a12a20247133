import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { searchPaths } from '../../src/search/searchPaths'
import { html } from '../html/html'
import { searchMessagesFor } from '../i18n/search'
import { pageShell } from '../layout/pageShell'

export type SearchParams = { site: MissionSiteView }

/**
 * The site's search in one language. The search form is in the page but hidden: the script
 * (templates/scripts/search.ts) shows it when it runs, loads Pagefind's JS API and this
 * language's index from the site's own `pagefind/` folder (no server, no third party) and lists
 * the results as links, their number in a live region. Without JavaScript the page says so and
 * offers the news, the services and the sitemap, which every visitor finds under the form too.
 */
export function searchPage({ site }: SearchParams): string {
  const { locale } = site
  const m = searchMessagesFor(locale)
  return pageShell(
    {
      site, path: searchPaths.page(locale), pathIn: searchPaths.page, section: 'search',
      title: m.title, description: m.description, scripts: [searchPaths.script],
    },
    (link) => html`<h1>${m.title}</h1>
<p class="lead">${m.intro}</p>
<div id="site-search" class="site-search" data-pagefind="${link(searchPaths.bundle)}" data-messages="${JSON.stringify(m.script)}">
<form class="site-search__form" role="search" action="${link(searchPaths.page(locale))}" method="get" hidden>
<div class="field">
<label for="search-query">${m.label}</label>
<p class="field-hint" id="search-query-hint">${m.hint}</p>
<input type="text" id="search-query" name="q" aria-describedby="search-query-hint" autocomplete="off" enterkeyhint="search" spellcheck="false">
</div>
<button class="button" type="submit">${m.submit}</button>
</form>
<p class="site-search__status" id="search-status" role="status" aria-atomic="true"></p>
<ol class="news-list site-search__results" id="search-results" hidden></ol>
<p><button class="button" type="button" id="search-more" hidden>${m.script.more}</button></p>
</div>
<section aria-labelledby="search-browse">
<h2 id="search-browse">${m.browse}</h2>
<p id="search-no-script">${m.noScript}</p>
<ul>
<li><a href="${link(sitePaths.news(locale))}">${m.newsIndex}</a></li>
<li><a href="${link(sitePaths.services(locale))}">${m.servicesIndex}</a></li>
<li><a href="${link(sitePaths.sitemap(locale))}" type="application/xml">${m.sitemap}</a></li>
</ul>
</section>`,
  )
}

import { atlasPaths, isMinistrySite } from '../../src/content/atlasPaths'
import { sitePaths } from '../../src/content/sitePaths'
import { searchPaths } from '../../src/search/searchPaths'
import type { MissionPageView, MissionSiteView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { blogPaths } from '../../src/blog/blogPaths'
import { blogMessagesFor } from '../i18n/blog'
import { messagesFor } from '../i18n'
import { searchMessagesFor } from '../i18n/search'
import type { NavKey } from './frame'
import type { Linker } from './links'

// Fixed order, so every mission's site reads the same; mission pages appear only when published.
const PAGE_ORDER: MissionPageView['kind'][] = ['about', 'bilateral-relations', 'trade-investment', 'tourism', 'culture', 'study']

export function navItems(site: MissionSiteView): { key: NavKey; path: string; label: string }[] {
  const t = messagesFor(site.locale)
  const { locale } = site
  const published = new Set(site.pages.map((p) => p.kind))
  return [
    { key: 'home' as const, path: sitePaths.home(locale), label: t.nav.home },
    { key: 'news' as const, path: sitePaths.news(locale), label: t.nav.news },
    // Only on a site with published posts (src/blog): no link to an empty blog.
    ...(site.blogPosts?.length ? [{ key: 'blog' as const, path: blogPaths.index(locale), label: blogMessagesFor(locale).nav }] : []),
    { key: 'services' as const, path: sitePaths.services(locale), label: t.nav.services },
    { key: 'contact' as const, path: sitePaths.contact(locale), label: t.nav.contact },
    { key: 'social' as const, path: sitePaths.social(locale), label: t.nav.social },
    // The network-wide atlas is the ministry's page; a mission's site lists its own accounts.
    ...(isMinistrySite(site) ? [{ key: 'atlas' as const, path: atlasPaths.index(locale), label: t.nav.atlas }] : []),
    ...PAGE_ORDER.filter((kind) => published.has(kind)).map((kind) => ({ key: kind, path: sitePaths.page(locale, kind), label: t.missionPages[kind] })),
    // Last, where visitors look for it; the site's own search (src/search), no server behind it.
    { key: 'search' as const, path: searchPaths.page(locale), label: searchMessagesFor(locale).nav },
  ]
}

/** The same primary navigation on every page; only aria-current moves. */
export function primaryNav(site: MissionSiteView, current: NavKey | null, link: Linker): SafeHtml {
  const t = messagesFor(site.locale)
  return html`<nav class="primary-nav" aria-label="${t.primaryNavigation}">
<ul>${navItems(site).map((item) => html`
<li><a href="${link(item.path)}"${item.key === current && html` aria-current="page"`}>${item.label}</a></li>`)}
</ul>
</nav>`
}

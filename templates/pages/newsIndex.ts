import { NEWS_PAGE_SIZE, sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { pagination } from '../components/pagination'
import { releaseSummary } from '../components/releaseSummary'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'

export type NewsIndexParams = { site: MissionSiteView; /** 1-based */ page: number }

export class NewsPageOutOfRangeError extends RangeError {
  constructor(page: number, pages: number) {
    super(`News page ${page} does not exist: this site has ${pages} news page(s).`)
  }
}

/** How many news index pages a site has (at least one, even with no news). */
export function newsPageCount(site: MissionSiteView): number {
  return Math.max(1, Math.ceil(site.releases.length / NEWS_PAGE_SIZE))
}

export function newsIndexPage({ site, page }: NewsIndexParams): string {
  const pages = newsPageCount(site)
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new NewsPageOutOfRangeError(page, pages)
  const t = messagesFor(site.locale)
  const { locale } = site
  const releases = site.releases.slice((page - 1) * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE)
  const title = page > 1 ? `${t.news.title} — ${t.news.pageOf(page, pages)}` : t.news.title
  return pageShell(
    {
      site, path: sitePaths.news(locale, page), pathIn: (other) => sitePaths.news(other, page), section: 'news',
      title, description: `${t.news.title} — ${site.mission.name}`,
    },
    (link) => html`<h1>${title}</h1>
${releases.length > 0
  ? html`<ul class="news-list">${releases.map((release) => releaseSummary(locale, release, link, { headingLevel: 2, thumbnail: true }))}</ul>`
  : html`<p>${t.news.empty}</p>`}
${pagination(locale, page, pages, link)}`,
  )
}

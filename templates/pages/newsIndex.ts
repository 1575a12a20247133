import { NEWS_PAGE_SIZE, sitePaths } from '../../src/content/sitePaths'
import { archiveItems, frontItems, stablePaging } from '../../src/content/stablePages'
import type { MissionSiteView } from '../../src/content/viewModels'
import { pagination } from '../components/pagination'
import { releaseSummary } from '../components/releaseSummary'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'

/** `archive`: the archive page to render (1 = the oldest releases); the front page when absent. */
export type NewsIndexParams = { site: MissionSiteView; archive?: number }

export class NewsPageOutOfRangeError extends RangeError {
  constructor(archive: number, archives: number) {
    super(`News archive page ${archive} does not exist: this site has ${archives} archive page(s).`)
  }
}

/** How many news archive pages a site has besides the front page (see stablePages). */
export function newsArchiveCount(site: MissionSiteView): number {
  return stablePaging(site.releases.length, NEWS_PAGE_SIZE).archiveCount
}

export function newsIndexPage({ site, archive }: NewsIndexParams): string {
  const archives = newsArchiveCount(site)
  if (archive !== undefined && (!Number.isInteger(archive) || archive < 1 || archive > archives)) throw new NewsPageOutOfRangeError(archive, archives)
  const t = messagesFor(site.locale)
  const { locale } = site
  const releases = archive ? archiveItems(site.releases, NEWS_PAGE_SIZE, archive) : frontItems(site.releases, NEWS_PAGE_SIZE)
  const title = archive ? `${t.news.title} — ${t.news.archivePage(archive)}` : t.news.title
  return pageShell(
    {
      site, path: sitePaths.news(locale, archive), pathIn: (other) => sitePaths.news(other, archive), section: 'news',
      title, description: `${t.news.title} — ${site.mission.name}`,
    },
    (link) => html`<h1>${title}</h1>
${releases.length > 0
  ? html`<ul class="news-list">${releases.map((release) => releaseSummary(locale, release, link, { headingLevel: 2, thumbnail: true }))}</ul>`
  : html`<p>${t.news.empty}</p>`}
${pagination(locale, archive ?? null, archives, link)}`,
  )
}

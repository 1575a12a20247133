import { BLOG_PAGE_SIZE, blogPaths } from '../../src/blog/blogPaths'
import type { BlogPostView } from '../../src/blog/blogView'
import { archiveItems, frontItems, stablePaging } from '../../src/content/stablePages'
import type { LocaleCode, MissionSiteView } from '../../src/content/viewModels'
import { dateTime } from '../components/dateTime'
import { picture } from '../components/picture'
import { topicList } from '../components/topicList'
import { html, type SafeHtml } from '../html/html'
import { blogMessagesFor } from '../i18n/blog'
import type { Linker } from '../layout/links'
import { pageShell } from '../layout/pageShell'
import { blogPagination } from './blogPagination'
import { authorLine } from './authorLine'
import { textLanguage } from '../components/textLanguage'

/** `archive`: the archive page to render (1 = the oldest posts); the front page when absent. */
export type BlogIndexParams = { site: MissionSiteView; archive?: number }

export class BlogPageOutOfRangeError extends RangeError {
  constructor(archive: number, archives: number) {
    super(`Blog archive page ${archive} does not exist: this site has ${archives} archive page(s).`)
  }
}

/** How many blog archive pages a site has besides the front page (see stablePages). */
export function blogArchiveCount(site: MissionSiteView): number {
  return stablePaging(site.blogPosts?.length ?? 0, BLOG_PAGE_SIZE).archiveCount
}

function postSummary(locale: LocaleCode, post: BlogPostView, link: Linker): SafeHtml {
  const t = blogMessagesFor(locale)
  return html`<li><article${post.heroImage && html` class="with-thumbnail"`}>
${post.heroImage && html`<div class="thumbnail">${picture(post.heroImage, link, { lazy: true, sizes: '12rem' })}</div>`}<div>
<h2><a href="${link(blogPaths.post(locale, post.slug))}"${textLanguage(post.textLanguages?.title)}>${post.title}</a></h2>
<p class="meta">${authorLine(locale, post)} · ${dateTime(locale, post.publishedAt)}</p>
<p${textLanguage(post.textLanguages?.summary)}>${post.summary}</p>
${topicList(post.topics, t.topics)}
</div></article></li>`
}

export function blogIndexPage({ site, archive }: BlogIndexParams): string {
  const archives = blogArchiveCount(site)
  if (archive !== undefined && (!Number.isInteger(archive) || archive < 1 || archive > archives)) throw new BlogPageOutOfRangeError(archive, archives)
  const t = blogMessagesFor(site.locale)
  const { locale } = site
  const all = site.blogPosts ?? []
  const posts = archive ? archiveItems(all, BLOG_PAGE_SIZE, archive) : frontItems(all, BLOG_PAGE_SIZE)
  const title = archive ? `${t.title} — ${t.archivePage(archive)}` : t.title
  return pageShell(
    {
      site, path: blogPaths.index(locale, archive), pathIn: (other) => blogPaths.index(other, archive), section: 'blog',
      title, description: t.description(site.mission.name),
    },
    (link) => html`<h1>${title}</h1>
${posts.length > 0
  ? html`<ul class="news-list">${posts.map((post) => postSummary(locale, post, link))}</ul>`
  : html`<p>${t.empty}</p>`}
${blogPagination(locale, archive ?? null, archives, link)}
<p>${t.feeds}: <a href="${link(blogPaths.rss(locale))}" type="application/rss+xml">${t.rss}</a> · <a href="${link(blogPaths.jsonFeed(locale))}" type="application/feed+json">${t.json}</a></p>`,
  )
}

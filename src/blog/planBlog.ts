import { absoluteUrl, sitePaths } from '../content/sitePaths'
import { stablePaging } from '../content/stablePages'
import type { MissionSiteView } from '../content/viewModels'
import { renderJsonFeed } from '../feeds/jsonFeed'
import { latestItems, paginateJsonFeed, DEFAULT_FEED_SIZE } from '../feeds/paginate'
import { renderRss } from '../feeds/rss'
import type { FeedItemView, FeedView } from '../feeds/types'
import { absoluteHref, absolutizeHtml } from '../feeds/xmlText'
import type { OpmlFeed } from '../feeds/opml'
import type { PlannedFile } from '../build/outputPlan'
import type { LocaleCode } from '../content/viewModels'
import { blogIndexPage } from '../../templates/blog/blogIndex'
import { blogPostPage } from '../../templates/blog/blogPost'
import { blogMessagesFor } from '../../templates/i18n/blog'
import { BLOG_PAGE_SIZE, blogPaths } from './blogPaths'
import type { BlogPostView } from './blogView'

/** A page of the blog for the site planners' `page` helper: rendered only when the plan wants it. */
export type BlogPage = { path: string; contents: () => string; source: string; lastmod?: string }

/** The blog's pages of one site in one locale: front page, stable archive pages, one page per post. None without posts. */
export function blogPages(site: MissionSiteView): BlogPage[] {
  const posts = site.blogPosts ?? []
  if (posts.length === 0) return []
  const { locale } = site
  const pages: BlogPage[] = [{ path: blogPaths.index(locale), contents: () => blogIndexPage({ site }), source: `blog front page (${locale})` }]
  for (let n = 1; n <= stablePaging(posts.length, BLOG_PAGE_SIZE).archiveCount; n++) {
    pages.push({ path: blogPaths.index(locale, n), contents: () => blogIndexPage({ site, archive: n }), source: `blog archive page ${n} (${locale})` })
  }
  for (const post of posts) {
    pages.push({ path: blogPaths.post(locale, post.slug), contents: () => blogPostPage({ site, post }), source: `blog post ${post.id} (${locale})`, lastmod: post.updatedAt })
  }
  return pages
}

/** A post as a feed item: its page's absolute URL, absolute URLs in its body, its authors as the item's author. */
export function blogFeedItems(posts: BlogPostView[], baseUrl: string, locale: LocaleCode): FeedItemView[] {
  return posts.map((post) => {
    const url = absoluteUrl(baseUrl, blogPaths.post(locale, post.slug))
    const heroImage = post.heroImage && { ...post.heroImage, src: absoluteHref(post.heroImage.src, url) }
    const names = post.authors.map((a) => a.name)
    const author = names.length ? { name: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names), url: absoluteUrl(baseUrl, blogPaths.index(locale)) } : null
    return { ...post, url, bodyHtml: absolutizeHtml(post.bodyHtml, url), heroImage, author }
  })
}

export type BlogFeedOptions = { feedSize?: number; hubUrl?: string | null }

/** The blog's RSS feed and paged JSON Feed (archive pages stable, as the news') for one site and locale. None without posts. */
export function blogFeedFiles(site: MissionSiteView, options: BlogFeedOptions): PlannedFile[] {
  const posts = site.blogPosts ?? []
  if (posts.length === 0) return []
  const { locale, mission } = site
  const base = mission.baseUrl
  const t = blogMessagesFor(locale)
  const size = options.feedSize ?? DEFAULT_FEED_SIZE
  const feed: FeedView = {
    title: `${mission.name}: ${t.title}`,
    description: t.description(mission.name),
    language: locale,
    homePageUrl: absoluteUrl(base, blogPaths.index(locale)),
    feedUrl: absoluteUrl(base, blogPaths.rss(locale)),
    hubUrl: options.hubUrl ?? null,
    author: { name: mission.name, url: absoluteUrl(base, sitePaths.home(locale)) },
    items: blogFeedItems(posts, base, locale),
  }
  const files: PlannedFile[] = [{ path: blogPaths.rss(locale), contents: renderRss(latestItems(feed, size)), source: `blog RSS feed (${locale})` }]
  const pagePath = (archive?: number) => blogPaths.jsonFeed(locale, archive)
  for (const { path, feed: page } of paginateJsonFeed({ ...feed, feedUrl: absoluteUrl(base, pagePath()) }, { baseUrl: base, size, pagePath })) {
    files.push({ path, contents: renderJsonFeed(page), source: `blog JSON feed (${path})` })
  }
  return files
}

/**
 * The blog feeds feeds.opml lists for one site: one RSS feed per locale the site is built in,
 * when the site has published posts (`owner`: a mission's id, null for the ministry's).
 */
export function blogOpmlFeeds(posts: Record<string, any>[] | undefined, owner: string | null, name: string, baseUrl: string, locales: readonly LocaleCode[]): OpmlFeed[] {
  const has = (posts ?? []).some((p) => p.publishedAt && ((typeof p.mission === 'object' && p.mission ? p.mission.id : p.mission) ?? null) === owner)
  if (!has) return []
  return locales.map((l) => ({
    title: `${name}: ${blogMessagesFor(l).title} (${l})`, xmlUrl: absoluteUrl(baseUrl, blogPaths.rss(l)), htmlUrl: absoluteUrl(baseUrl, blogPaths.index(l)), language: l,
  }))
}

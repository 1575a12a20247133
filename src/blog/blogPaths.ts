import type { LocaleCode } from '../content/viewModels'

/** Where the blog lives in a site (mission or ministry), beside the news: same shapes, own folder. */
export const blogPaths = {
  /** The blog's front page, or archive page `archive` (1 = the oldest posts; see stablePages). */
  index: (locale: LocaleCode, archive?: number) => (archive ? `${locale}/blog/archive/${archive}/` : `${locale}/blog/`),
  post: (locale: LocaleCode, slug: string) => `${locale}/blog/${slug}/`,
  rss: (locale: LocaleCode) => `${locale}/blog/feed.xml`,
  jsonFeed: (locale: LocaleCode, archive?: number) => (archive ? `${locale}/blog/feed-archive-${archive}.json` : `${locale}/blog/feed.json`),
} as const

/** Posts per index page, as the news. */
export const BLOG_PAGE_SIZE = 20

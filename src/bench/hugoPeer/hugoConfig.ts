/**
 * The Hugo peer's site configuration. Every page links and names itself from its site's data
 * (each mission has its own address), so Hugo's own baseURL serves only as a placeholder.
 * Hugo's own extras that Chancery does not write are off (site-wide taxonomies, its sitemap,
 * robots.txt, RSS of every section, the "page/1" redirects), and Goldmark renders exactly the
 * Markdown it is given (no smart quotes, no heading ids, no autolinks), as Chancery's rich text does.
 */
export const NEWS_PAGE_SIZE = 20

export function hugoConfig() {
  return {
    baseURL: 'https://peer.invalid/',
    title: 'Chancery benchmark network (Hugo peer)',
    disableKinds: ['home', 'taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404'],
    disableAliases: true,
    paginate: NEWS_PAGE_SIZE,
    timeout: '600s',
    markup: {
      goldmark: {
        extensions: { typographer: false, linkify: false },
        parser: { autoHeadingID: false },
        renderer: { unsafe: false },
      },
    },
    mediaTypes: { 'application/feed+json': { suffixes: ['json'] } },
    outputFormats: {
      feedxml: { mediaType: 'application/rss+xml', baseName: 'feed', isPlainText: true, rel: 'alternate' },
      jsonfeed: { mediaType: 'application/feed+json', baseName: 'feed', isPlainText: true, rel: 'alternate' },
      localesitemap: { mediaType: 'application/xml', baseName: 'sitemap', isPlainText: true },
      sitemapindex: { mediaType: 'application/xml', baseName: 'sitemap', isPlainText: true },
      robotstxt: { mediaType: 'text/plain', baseName: 'robots', isPlainText: true },
    },
    outputs: { home: [], section: ['html'], page: ['html'] },
  }
}

import { xmlTextContent } from '../feeds/xmlText'

export type SitemapEntry = { url: string; lastmod?: string; alternates?: { hreflang: string; url: string }[] }

/** One `<url>` element of a sitemap, with its hreflang alternates (Google's xhtml:link extension). */
export function sitemapUrl(e: SitemapEntry): string {
  const alternates = (e.alternates ?? [])
    .map((a) => `\n    <xhtml:link rel="alternate" hreflang="${xmlTextContent(a.hreflang)}" href="${xmlTextContent(a.url)}"/>`)
    .join('')
  const lastmod = e.lastmod ? `\n    <lastmod>${xmlTextContent(e.lastmod)}</lastmod>` : ''
  return `  <url>\n    <loc>${xmlTextContent(e.url)}</loc>${lastmod}${alternates}\n  </url>`
}

/** sitemap.xml for one locale of a site: entries, or `<url>` elements already made by sitemapUrl. */
export function renderSitemap(entries: (SitemapEntry | string)[]): string {
  const urls = entries.map((e) => (typeof e === 'string' ? e : sitemapUrl(e)))
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

/** A sitemap index listing other sitemaps. */
export function renderSitemapIndex(sitemapUrls: string[]): string {
  const items = sitemapUrls.map((u) => `  <sitemap><loc>${xmlTextContent(u)}</loc></sitemap>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`
}

export function renderRobots(sitemapIndexUrl: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${sitemapIndexUrl}\n`
}

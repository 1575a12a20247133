import { describe, expect, it } from 'vitest'

import { cacheControlFor, publishHeadersFor } from './publishHeaders'

describe('publishHeadersFor', () => {
  it('caches pages, feeds and open data five minutes, as deploy/nginx and the /sites/ route do', () => {
    for (const p of ['madrid/es/index.html', 'madrid/es/feed.xml', 'madrid/es/feed.json', 'ministry/data/atlas.csv', 'feeds.opml', 'madrid/es/pagefind/pagefind.js']) {
      expect(cacheControlFor(p), p).toBe('public, max-age=300')
    }
  })

  it('caches the stylesheet, scripts and images an hour, and Pagefind’s content-named index files a year', () => {
    expect(cacheControlFor('madrid/assets/site.css')).toBe('public, max-age=3600')
    expect(cacheControlFor('madrid/assets/media/hero.avif')).toBe('public, max-age=3600')
    expect(cacheControlFor('madrid/es/pagefind/fragment/es_5f0c1d2e3a.pf_fragment')).toBe('public, max-age=31536000, immutable')
    expect(cacheControlFor('madrid/es/pagefind/index/es_1a2b.pf_index')).toBe('public, max-age=31536000, immutable')
    expect(cacheControlFor('madrid/es/pagefind/wasm.es.pagefind')).toBe('public, max-age=31536000, immutable')
  })

  it('labels feeds by name and text with its charset, from the route’s own table', () => {
    expect(publishHeadersFor('madrid/es/feed.xml').contentType).toBe('application/rss+xml; charset=utf-8')
    expect(publishHeadersFor('madrid/es/feed-archive-2.json').contentType).toBe('application/feed+json; charset=utf-8')
    expect(publishHeadersFor('madrid/es/sitemap.xml').contentType).toBe('application/xml; charset=utf-8')
    expect(publishHeadersFor('madrid/es/index.html').contentType).toBe('text/html; charset=utf-8')
    expect(publishHeadersFor('madrid/assets/media/hero.webp').contentType).toBe('image/webp')
  })
})

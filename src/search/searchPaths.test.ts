import { describe, expect, it } from 'vitest'

import { isIndexedFile, isIndexedPage, isSearchIndexFile } from './searchPaths'

describe('which pages the search index covers', () => {
  it.each([
    'es/', 'es/news/visita-oficial/', 'es/blog/una-entrada/', 'es/corps/', 'zh/services/pasaporte/', 'ar/contact/', 'en/about/', 'fr/travel/mx/', 'es/atlas/mastodon/', 'es/nearest-office/',
  ])('%s: indexed', (path) => {
    expect(isIndexedPage(path)).toBe(true)
  })

  it.each([
    'es/news/', 'es/news/archive/3/', 'es/blog/', 'es/services/', 'es/network-news/', 'es/feeds/', 'es/search/', 'ar/search/', 'es/404.html',
    // A paged list to come keeps its archive pages out too.
    'es/blog/archive/2/',
  ])('%s: not indexed (a list of other pages, the search page or the 404 page)', (path) => {
    expect(isIndexedPage(path)).toBe(false)
  })

  it('tells the files of indexed pages from every other file a build writes', () => {
    expect(['es/index.html', 'es/news/visita/index.html', 'zh/contact/index.html'].every(isIndexedFile)).toBe(true)
    expect(['es/news/index.html', 'es/404.html', 'es/feed.xml', 'es/search/index.html', 'alerts.json', 'es/sitemap.xml'].some(isIndexedFile)).toBe(false)
  })

  it('the index lives in the site’s pagefind/ folder', () => {
    expect(isSearchIndexFile('pagefind/pagefind-entry.json')).toBe(true)
    expect(isSearchIndexFile('pagefind/fragment/es_1a2b3c4.pf_fragment')).toBe(true)
    expect(isSearchIndexFile('es/pagefind/index.html')).toBe(false)
  })
})

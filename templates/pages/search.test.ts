import { describe, expect, it } from 'vitest'

import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode, MissionSiteView } from '../../src/content/viewModels'
import { searchPaths } from '../../src/search/searchPaths'
import { everyCmsPage, everyPage } from '../fixtures/everyPage'
import { FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { searchMessagesFor } from '../i18n/search'
import { SEARCH_SCRIPT } from '../scripts/search'
import { searchPage } from './search'
import { attributeValues, between, unescape } from './pageTestKit'

const BASE = 'https://madrid.example.gob.ec/'
const LOCALES: LocaleCode[] = ['es', 'en', 'fr', 'zh', 'ar']

/** The fixture's site in any of the five languages (the fixture's own three, and French and Chinese on the English one). */
function site(locale: LocaleCode): MissionSiteView {
  if (locale === 'es' || locale === 'en' || locale === 'ar') return missionSiteFixture(locale)
  const base = missionSiteFixture('en')
  return { ...base, locale, dir: 'ltr', mission: { ...base.mission, siteLocales: [...base.mission.siteLocales, locale] } }
}

const pageUrl = (locale: LocaleCode) => absoluteUrl(BASE, searchPaths.page(locale))
/** Where a link of the search page leads, as the browser resolves it. */
const resolved = (locale: LocaleCode, href: string) => new URL(unescape(href), pageUrl(locale)).href

describe('the search page', () => {
  it.each(LOCALES)('in %s: its language and direction, its own title, and the navigation item marked current', (locale) => {
    const m = searchMessagesFor(locale)
    const page = searchPage({ site: site(locale) })
    expect(page).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`)
    expect(page).toContain(`<h1>${m.title}</h1>`)
    const nav = between(page, '<nav class="primary-nav"', '</nav>')
    expect(nav).toMatch(new RegExp(`<a href="[^"]*search/" aria-current="page">${m.nav}</a>`))
    expect(nav.match(/aria-current/g)).toHaveLength(1)
  })

  it.each(LOCALES)('in %s: a labelled search form, hidden until the script shows it, with a live region and a list for the results', (locale) => {
    const m = searchMessagesFor(locale)
    const page = searchPage({ site: site(locale) })
    expect(page).toMatch(/<form class="site-search__form" role="search" action="[^"]+" method="get" hidden>/)
    expect(page).toContain(`<label for="search-query">${m.label}</label>`)
    expect(page).toContain('<input type="text" id="search-query" name="q" aria-describedby="search-query-hint"')
    expect(page).toContain(`<p class="field-hint" id="search-query-hint">${m.hint}</p>`)
    expect(page).toContain('<p class="site-search__status" id="search-status" role="status" aria-atomic="true"></p>')
    expect(page).toContain('<ol class="news-list site-search__results" id="search-results" hidden></ol>')
    // The form sends to the page itself: the script reads ?q= when it is loaded so.
    expect(resolved(locale, attributeValues(page, 'form', 'action')[0])).toBe(pageUrl(locale))
  })

  it.each(LOCALES)('in %s: the script’s sentences come from the page, each with the words searched for', (locale) => {
    const page = searchPage({ site: site(locale) })
    const messages = JSON.parse(unescape(attributeValues(page, 'div id="site-search"', 'data-messages')[0]))
    expect(messages).toEqual(searchMessagesFor(locale).script)
    expect(messages.results).toContain('{query}')
    expect(messages.results).toContain('{count}')
    expect(messages.none).toContain('{query}')
  })

  it.each(LOCALES)('in %s: Pagefind is loaded from the site’s own pagefind/ folder by the site’s own script, no inline script', (locale) => {
    const page = searchPage({ site: site(locale) })
    expect(resolved(locale, attributeValues(page, 'div id="site-search"', 'data-pagefind')[0])).toBe(`${BASE}pagefind/`)
    const scripts = page.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.map((tag) => tag.match(/src="([^"]*)"/)?.[1]).filter(Boolean).map((src) => resolved(locale, src!))).toContain(`${BASE}${searchPaths.script}`)
    expect(scripts.every((tag) => / src="[^"]+" defer>$/.test(tag) || tag === '<script type="application/ld+json">')).toBe(true)
  })

  it.each(LOCALES)('in %s: without JavaScript it says why and offers the news, the services and the sitemap of this language', (locale) => {
    const m = searchMessagesFor(locale)
    const page = searchPage({ site: site(locale) })
    expect(page).toContain(`<p id="search-no-script">${m.noScript}</p>`)
    const browse = between(page, '<section aria-labelledby="search-browse">', '</section>')
    const links = [...browse.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((a) => [resolved(locale, a[1]), a[2]])
    expect(links).toEqual([
      [absoluteUrl(BASE, sitePaths.news(locale)), m.newsIndex],
      [absoluteUrl(BASE, sitePaths.services(locale)), m.servicesIndex],
      [absoluteUrl(BASE, sitePaths.sitemap(locale)), m.sitemap],
    ])
  })

  it('is linked from the navigation of every page of a site, in the page’s language', () => {
    for (const locale of ['es', 'ar'] as const) {
      for (const page of everyPage(missionSiteFixture(locale), FIXTURE_TODAY)) {
        const nav = between(page.html, '<nav class="primary-nav"', '</nav>')
        const link = [...nav.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find((a) => a[2] === searchMessagesFor(locale).nav)
        expect(link && new URL(unescape(link[1]), absoluteUrl(BASE, page.path)).href, page.path).toBe(pageUrl(locale))
      }
    }
  })
})

describe('what the index covers', () => {
  const marked = (html: string) => /<main id="main" class="main" data-pagefind-body>/.test(html)

  it('marks the main content of content pages, never of the search page, the 404 page, news lists, the services list or the CMS’s pages', () => {
    const pages = everyPage(missionSiteFixture('es'), FIXTURE_TODAY)
    const byKind = (kind: string) => pages.filter((p) => p.kind === kind)
    for (const kind of ['home', 'release', 'service', 'contact', 'social', 'about', 'charter', 'privacy', 'nearest-office', 'travel-advice-country']) {
      expect(byKind(kind).length, kind).toBeGreaterThan(0)
      expect(byKind(kind).every((p) => marked(p.html)), kind).toBe(true)
    }
    for (const kind of ['search', '404', 'news', 'services']) {
      expect(byKind(kind).length, kind).toBeGreaterThan(0)
      expect(byKind(kind).some((p) => marked(p.html)), kind).toBe(false)
    }
    expect(everyCmsPage(missionSiteFixture('es')).some((p) => marked(p.html))).toBe(false)
  })
})

describe('the search script', () => {
  it('builds results with textContent and mark elements only: no HTML parsing, no inline handlers, no eval', () => {
    expect(SEARCH_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/)
    expect(SEARCH_SCRIPT).toContain("import(bundle + 'pagefind.js')")
    // It parses as a script (the page loads it as a classic, deferred script).
    expect(() => new Function(SEARCH_SCRIPT.replace("import(bundle + 'pagefind.js')", 'Promise.reject()'))).not.toThrow()
  })
})

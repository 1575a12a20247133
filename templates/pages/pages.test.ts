import { describe, expect, it } from 'vitest'

import { absoluteUrl } from '../../src/content/sitePaths'
import { escapeHtml } from '../html/escape'
import { everyPage } from '../fixtures/everyPage'
import { HOSTILE } from '../fixtures/hostile'
import { FIXTURE_CLOSED_DAY, FIXTURE_LOCALES, FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import {
  contactPage, homePage, missionPage, newsIndexPage, NewsPageOutOfRangeError, notFoundPage, releasePage, servicePage, socialPage,
} from '../index'
import { messagesFor } from '../i18n'
import { attributeValues, between, jsonLdBlocks, primaryNavLinks, unescape } from './pageTestKit'

const BASE = 'https://madrid.example.gob.ec/'
const sites = Object.fromEntries(FIXTURE_LOCALES.map((l) => [l, missionSiteFixture(l)])) as Record<(typeof FIXTURE_LOCALES)[number], ReturnType<typeof missionSiteFixture>>
const rendered = FIXTURE_LOCALES.flatMap((locale) => everyPage(sites[locale], FIXTURE_TODAY).map((page) => ({ ...page, locale })))
const cases = rendered.map((p) => [`${p.path}`, p] as const)

describe('every page of every fixture', () => {
  it('covers every page kind in three languages', () => {
    expect(new Set(rendered.map((p) => p.kind))).toEqual(new Set(['home', 'news', 'release', 'services', 'service', 'contact', 'social', 'about', 'bilateral-relations', 'trade-investment', 'tourism', 'culture', 'study', 'charter', 'privacy', '404', 'travel-advice-index', 'travel-advice-country', 'nearest-office', 'search', 'corps-by-country', 'corps-precedence', 'blog', 'blog-post']))
    expect(rendered.filter((p) => p.kind === 'news' && p.locale === 'es')).toHaveLength(2)
  })

  it.each(cases)('%s escapes hostile strings: the only scripts are JSON-LD and the site’s own forms and alerts scripts, no raw markup from content', (_, page) => {
    expect(page.html).not.toContain('<script>alert')
    expect(page.html).not.toContain('<b>negrita')
    const scripts = page.html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.every((tag) => tag === '<script type="application/ld+json">' || /^<script src="(?:(\.\.\/)+|https:\/\/madrid\.example\.gob\.ec\/)assets\/(citizen-forms|alerts|nearest-office|opening-hours|search)\.js" defer>$/.test(tag))).toBe(true)
    expect(page.html.match(/<\/script>/g)?.length ?? 0).toBe(scripts.length)
  })

  it.each(cases)('%s declares its language and direction', (_, page) => {
    expect(page.html.startsWith('<!doctype html>\n')).toBe(true)
    expect(page.html).toContain(`<html lang="${page.locale}" dir="${page.locale === 'ar' ? 'rtl' : 'ltr'}">`)
    expect(page.html).toContain('<meta charset="utf-8">')
    expect(page.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
  })

  it.each(cases)('%s links its RSS and JSON feeds for autodiscovery and the shared stylesheet relatively', (_, page) => {
    expect(page.html).toContain(`<link rel="alternate" type="application/rss+xml" title="${escapeHtml(messagesFor(page.locale).feeds.rss)}" href="${BASE}${page.locale}/feed.xml">`)
    expect(page.html).toContain(`<link rel="alternate" type="application/feed+json" title="${escapeHtml(messagesFor(page.locale).feeds.jsonFeed)}" href="${BASE}${page.locale}/feed.json">`)
    const [stylesheet] = attributeValues(page.html, 'link rel="stylesheet"', 'href')
    expect(new URL(stylesheet, absoluteUrl(BASE, page.path)).href).toBe(`${BASE}assets/site.css`)
  })

  it.each(cases.filter(([, p]) => p.kind !== '404'))('%s has an absolute canonical URL and hreflang for every served locale plus x-default', (_, page) => {
    const canonical = attributeValues(page.html, 'link rel="canonical"', 'href')
    expect(canonical).toEqual([absoluteUrl(BASE, page.path)])
    const hreflangs = [...page.html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]])
    const inOther = (locale: string) => absoluteUrl(BASE, page.path.replace(/^[a-z]{2}\//, `${locale}/`))
    expect(hreflangs).toEqual([['es', inOther('es')], ['en', inOther('en')], ['ar', inOther('ar')], ['x-default', inOther('es')]])
    expect(page.html).toContain(`<meta property="og:url" content="${absoluteUrl(BASE, page.path)}">`)
  })

  it.each(cases)('%s offers the same page in each served language, each link marked with lang and hreflang', (_, page) => {
    const switcher = between(page.html, '<nav class="language-switcher"', '</nav>')
    const links = [...switcher.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)"/g)]
    expect(links.map((m) => m[2])).toEqual(['es', 'en', 'ar'])
    for (const [, href, hreflang, lang] of links) {
      expect(lang).toBe(hreflang)
      const expected = page.kind === '404' ? `${BASE}${hreflang}/` : absoluteUrl(BASE, page.path.replace(/^[a-z]{2}\//, `${hreflang}/`))
      expect(new URL(href, absoluteUrl(BASE, page.path)).href).toBe(expected)
    }
  })

  it.each(cases.filter(([, p]) => p.kind !== '404'))('%s links its own images relatively, so a copied site or one opened from disk shows them', (_, page) => {
    const urls = [...attributeValues(page.html, 'img', 'src'), ...attributeValues(page.html, 'source', 'srcset').flatMap((srcset) => srcset.split(/,\s+/).map((c) => c.split(' ')[0]))]
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) {
      expect(url.startsWith(BASE.slice(0, -1)), url).toBe(false)
      expect(new URL(unescape(url), absoluteUrl(BASE, page.path)).href, url).toMatch(new RegExp(`^${BASE}assets/media/[^/]+$`))
    }
  })

  it('keeps images absolute where they leave the site: Open Graph, JSON-LD, and the 404 page served at any depth', () => {
    const release = rendered.find((p) => p.kind === 'release' && p.html.includes('og:image'))!
    expect(attributeValues(release.html, 'meta property="og:image"', 'content')[0]).toMatch(new RegExp(`^${BASE}assets/media/foto-\\d+\\.jpg$`))
    expect((jsonLdBlocks(release.html)[0] as { image: string[] }).image[0]).toMatch(new RegExp(`^${BASE}assets/media/`))
    const notFound = rendered.find((p) => p.kind === '404')!
    expect(attributeValues(notFound.html, 'img', 'src')).toEqual([`${BASE}assets/media/escudo.jpg`])
  })

  it('shows the same primary navigation, same targets and labels, on every page of a site', () => {
    for (const locale of FIXTURE_LOCALES) {
      const pages = rendered.filter((p) => p.locale === locale)
      const navs = pages.map((p) => primaryNavLinks(p.html, absoluteUrl(BASE, p.path)).join('\n'))
      expect(new Set(navs).size).toBe(1)
      expect(navs[0].split('\n')).toHaveLength(13) // with the fixture's blog
    }
  })

  // The charter and the privacy notice are reached from the footer, not the navigation.
  it.each(cases.filter(([, p]) => !['404', 'release', 'charter', 'privacy', 'travel-advice-index', 'travel-advice-country', 'corps-by-country', 'corps-precedence'].includes(p.kind)))('%s marks exactly one navigation item as current', (_, page) => {
    expect(between(page.html, '<nav class="primary-nav"', '</nav>').match(/aria-current="page"/g)).toHaveLength(1)
  })
})

describe('home page', () => {
  it("shows the week's hours and the closures to come, never a day fixed at build time (the day itself: test/openingHours)", () => {
    const site = sites.es
    const open = homePage({ site, today: FIXTURE_TODAY })
    expect(open).toContain('<table class="hours">')
    expect(open).toMatch(/<time>09:00<\/time>–<time>14:00<\/time>/)
    expect(open).not.toContain('<time datetime="2024-03-15">')
    expect(open).toContain(escapeHtml(HOSTILE.emoji))
    const zoned = homePage({ site: { ...site, mission: { ...site.mission, timeZone: 'Europe/Madrid' } }, today: FIXTURE_CLOSED_DAY })
    expect(zoned).toContain(`<div data-closure="${FIXTURE_CLOSED_DAY}" hidden><p><strong>${messagesFor('es').home.closedToday}</strong>`)
    expect(zoned).toMatch(/<script src="\.\.\/assets\/opening-hours\.js" defer><\/script>/)
  })

  it('gives the emergency number as a tel: link, and the latest five releases newest first', () => {
    const page = homePage({ site: sites.en, today: FIXTURE_TODAY })
    expect(page).toContain('<a class="phone" href="tel:+34600000111" dir="ltr">+34\u00a0600\u00a0000\u00a0111</a>')
    const slugs = [...between(page, 'id="latest-news"', '</section>').matchAll(/news\/(comunicado-\d+)\//g)].map((m) => m[1])
    expect(slugs).toEqual(['comunicado-1', 'comunicado-2', 'comunicado-3', 'comunicado-4', 'comunicado-5'])
  })
})

describe('news index', () => {
  // The Spanish fixture has 45 releases: 25 on the front page, the oldest 20 on archive page 1.
  const linksTo = (page: string, slug: string) => page.includes(`/news/${slug}/"`)

  it('shows the newest releases on the front page and the oldest 20 on archive page 1, linked newer and older', () => {
    const site = sites.es
    const front = newsIndexPage({ site })
    const archive = newsIndexPage({ site, archive: 1 })
    expect(front.match(/<li><article/g)).toHaveLength(25)
    expect(archive.match(/<li><article/g)).toHaveLength(20)
    for (const r of site.releases.slice(0, 25)) expect([linksTo(front, r.slug), linksTo(archive, r.slug)]).toEqual([true, false])
    for (const r of site.releases.slice(25)) expect([linksTo(front, r.slug), linksTo(archive, r.slug)]).toEqual([false, true])
    expect(front).toContain('<a rel="next" href="../../es/news/archive/1/">')
    expect(front).not.toContain('rel="prev"')
    expect(archive).toContain('<a rel="prev" href="../../../../es/news/">')
    expect(archive).not.toContain('rel="next"')
    expect(archive).toContain(`<link rel="canonical" href="${BASE}es/news/archive/1/">`)
  })

  it('leaves an archive page byte for byte the same when a release is published, and changes the front page', () => {
    const site = sites.es
    const published = { ...site, releases: [{ ...site.releases[0], id: 'nuevo', slug: 'nuevo', publishedAt: '2030-01-01T00:00:00.000Z' }, ...site.releases] }
    expect(newsIndexPage({ site: published, archive: 1 })).toBe(newsIndexPage({ site, archive: 1 }))
    expect(linksTo(newsIndexPage({ site: published }), 'nuevo')).toBe(true)
  })

  it('has no pagination with fewer than 40 releases', () => {
    expect(newsIndexPage({ site: sites.en })).not.toContain('class="pagination"')
  })

  it('shows each release image as a lazily loaded, sized thumbnail', () => {
    const page = newsIndexPage({ site: sites.es })
    const images = page.match(/<img src="\.\.\/\.\.\/assets\/media\/foto-[^>]*>/g) ?? []
    expect(images).toHaveLength(sites.es.releases.slice(0, 25).filter((r) => r.heroImage).length)
    for (const img of images) expect(img).toMatch(/ width="1200" height="675" .*loading="lazy"/)
  })

  it('refuses an archive page outside the site', () => {
    expect(() => newsIndexPage({ site: sites.es, archive: 2 })).toThrow(NewsPageOutOfRangeError)
    expect(() => newsIndexPage({ site: sites.es, archive: 0 })).toThrow(NewsPageOutOfRangeError)
    expect(() => newsIndexPage({ site: sites.en, archive: 1 })).toThrow(NewsPageOutOfRangeError)
  })

  it('formats dates for the locale: Spanish, Arabic and Chinese differ', () => {
    const date = (html: string) => html.match(/<time datetime="2024-02-28T10:30:00.000Z">([^<]+)<\/time>/)?.[1]
    expect(date(newsIndexPage({ site: sites.es }))).toBe('28 de febrero de 2024')
    expect(date(newsIndexPage({ site: sites.ar }))).toMatch(/فبراير/)
    expect(date(newsIndexPage({ site: { ...sites.en, locale: 'zh' } }))).toBe('2024年2月28日')
  })
})

describe('press release', () => {
  const site = sites.es
  const release = site.releases[0]
  const page = releasePage({ site, release })

  it('describes itself as a NewsArticle whose JSON-LD survives hostile text intact', () => {
    const [article] = jsonLdBlocks(page) as Record<string, unknown>[]
    expect(article['@type']).toBe('NewsArticle')
    expect(article.headline).toBe(release.title)
    expect(article.description).toBe(release.summary)
    expect(article.datePublished).toBe(release.publishedAt)
    expect(article.url).toBe(`${BASE}es/news/${release.slug}/`)
  })

  it('shows the hero as <picture> with AVIF and WebP sources and a sized fallback that loads eagerly', () => {
    const picture = between(page, '<picture>', '</picture>')
    expect(attributeValues(picture, 'source', 'type')).toEqual(['image/avif', 'image/webp'])
    expect(picture).toMatch(/<img src="\.\.\/\.\.\/\.\.\/assets\/media\/foto-1\.jpg" width="1200" height="675" alt="[^"]+"/)
    expect(picture).not.toContain('loading="lazy"')
  })

  it('inserts the sanitized body as HTML and the title as text', () => {
    expect(page).toContain(`<div class="prose">${release.bodyHtml}</div>`)
    expect(page).toContain(`<h1>${escapeHtml(release.title)}</h1>`)
  })

  it('keeps a 500-character title whole', () => {
    const long = site.releases[2]
    expect(long.title).toHaveLength(500)
    expect(unescape(releasePage({ site, release: long }).match(/<h1>([^<]*)<\/h1>/)![1])).toBe(long.title)
  })
})

describe('services', () => {
  it('describes a service as a GovernmentService with its fee and provider', () => {
    const site = sites.en
    const [service] = jsonLdBlocks(servicePage({ site, service: site.services[0] })) as Record<string, any>[]
    expect(service['@type']).toBe('GovernmentService')
    expect(service.offers).toEqual({ '@type': 'Offer', price: 90, priceCurrency: 'USD' })
    expect(service.provider.name).toBe(site.mission.name)
    expect(servicePage({ site, service: site.services[0] })).toContain('<dd>$90.00</dd>')
  })
})

describe('offices and contact', () => {
  const site = sites.es
  const page = contactPage({ site })

  it('links coordinates to OpenStreetMap without loading any third-party script', () => {
    expect(page).toContain('href="https://www.openstreetmap.org/?mlat=40.4381&amp;mlon=-3.6822#map=17/40.4381/-3.6822"')
    expect(page.match(/<script(?! type="application\/ld\+json")[^>]*>/g)).toEqual(['<script src="../../assets/citizen-forms.js" defer>', '<script src="../../assets/alerts.js" defer>'])
    expect(page).not.toMatch(/<iframe/)
  })

  it('gives phones as tel: links and lists closures by date', () => {
    expect(page).toContain('href="tel:+34915550000"')
    expect(page).toContain('<time datetime="2024-12-25">miércoles, 25 de diciembre de 2024</time>')
  })

  it('describes the main office as an Embassy and the other as a GovernmentOffice in JSON-LD', () => {
    const offices = jsonLdBlocks(page) as Record<string, any>[]
    expect(offices.map((o) => o['@type'])).toEqual(['Embassy', 'GovernmentOffice'])
    expect(offices[0].geo).toEqual({ '@type': 'GeoCoordinates', latitude: 40.4381, longitude: -3.6822 })
    expect(offices[1].name).toBe(site.mission.offices[1].name)
    expect(offices[0].openingHoursSpecification[0].dayOfWeek).toContain('https://schema.org/Monday')
  })
})

describe('addresses, numbers and handles on a right-to-left page (issue 13)', () => {
  const addresses = (page: string) => [...page.matchAll(/<address>([\s\S]*?)<\/address>/g)].map((m) => m[1])

  it.each([['es', 'España'], ['en', 'Spain'], ['ar', 'إسبانيا']] as const)('%s: each address ends with the country named in the page’s language, not its code', (locale, country) => {
    const found = addresses(contactPage({ site: sites[locale] }))
    expect(found).toHaveLength(sites[locale].mission.offices.length)
    for (const address of found) expect(unescape(address.split('<br>').at(-1)!.replace(/<[^>]*>/g, ''))).toBe(country)
  })

  it('isolates each address line, phone number and e-mail address of the Arabic contact page, and the head of mission’s name', () => {
    const page = contactPage({ site: sites.ar })
    const lines = addresses(page).flatMap((address) => address.split('<br>'))
    expect(lines).toHaveLength(6)
    for (const line of lines) expect(line).toMatch(/^<bdi>[^<]+<\/bdi>$/)
    const numbersAndMail = page.match(/<a [^>]*href="(?:tel|mailto):[^>]*>/g) ?? []
    // The offices' two numbers and e-mail address, and the header's emergency number (on every page).
    expect(numbersAndMail).toHaveLength(4)
    for (const tag of numbersAndMail) expect(tag).toContain(' dir="ltr"')
    expect(page).toContain('<bdi>María José Andrade</bdi>')
  })

  it('isolates each account’s name and handle on the Arabic social page', () => {
    const page = socialPage({ site: sites.ar })
    const items = between(page, '<ul class="account-list">', '</ul>').split('<li>').slice(1)
    expect(items).toHaveLength(sites.ar.accounts.length)
    for (const item of items) {
      expect(item).toMatch(/<span dir="auto"[^>]*>[^<]+<\/span>/)
      if (item.includes('class="meta"')) expect(item).toMatch(/<span class="meta" dir="ltr">@?[^<]+<\/span>/)
    }
  })
})

describe('social accounts', () => {
  it('links every account with rel="me"', () => {
    const page = socialPage({ site: sites.es })
    const links = [...page.matchAll(/<a href="([^"]+)" rel="me">/g)].map((m) => unescape(m[1]))
    expect(links).toEqual(sites.es.accounts.map((a) => a.url))
  })
})

describe('mission pages and 404', () => {
  it('renders a mission page kind at its own path with its section current', () => {
    const site = sites.ar
    const page = missionPage({ site, page: site.pages[1] })
    expect(page).toContain(`<link rel="canonical" href="${BASE}ar/bilateral-relations/">`)
    expect(page).toContain('<a href="../../ar/bilateral-relations/" aria-current="page">')
  })

  it('404 links absolutely (it is served at any depth) and asks not to be indexed', () => {
    const page = notFoundPage({ site: sites.en })
    expect(page).toContain('<meta name="robots" content="noindex">')
    expect(page).not.toContain('rel="canonical"')
    expect(page).toContain(`<a href="${BASE}en/">${messagesFor('en').notFound.backHome}</a>`)
    expect(page).toContain(`<link rel="stylesheet" href="${BASE}assets/site.css">`)
  })
})

describe('brand', () => {
  it('writes the brand tokens from the ministry into every page head', () => {
    expect(homePage({ site: sites.es, today: FIXTURE_TODAY })).toContain('--brand-primary:#0b3d91')
    expect(homePage({ site: sites.ar, today: FIXTURE_TODAY })).toContain('--brand-on-primary:#1b1b1b')
  })
})

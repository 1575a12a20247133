import { createRequire } from 'node:module'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../test/support/browser'
import { absoluteUrl } from '../../src/content/sitePaths'
import { everyCmsPage, everyPage } from '../fixtures/everyPage'
import { FIXTURE_LOCALES, FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { SITE_CSS } from '../styles/siteCss'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const BASE = 'https://madrid.example.gob.ec/'
const pages = FIXTURE_LOCALES.flatMap((locale) => [...everyPage(missionSiteFixture(locale), FIXTURE_TODAY), ...everyCmsPage(missionSiteFixture(locale))]).map((p) => ({ ...p, url: absoluteUrl(BASE, p.path) }))
const byUrl = new Map(pages.map((p) => [p.url, p.html]))
const judged = oneOfEachMarkup(pages)
// A deliberately broken page, to show the check can fail: the emblem loses its alt attribute.
const BROKEN_URL = `${BASE}broken/`
byUrl.set(BROKEN_URL, pages[0].html.replace(/(<img class="site-header__emblem"[^>]*) alt=""/, '$1'))

/**
 * What axe judges is the markup, the styles and whether text is there, not which words: the 45
 * releases of the Spanish fixture differ only in their words. Pages are grouped by their markup
 * with every text run and every attribute value (class, lang, dir, role, type aside) reduced to
 * whether it is empty; one page of each group is checked, and named with how many it stands for.
 */
function oneOfEachMarkup<T extends { path: string; html: string }>(all: T[]): (T & { alike: number })[] {
  const kept = new Map<string, T & { alike: number }>()
  for (const page of all) {
    const shape = page.html
      .replace(/>[^<]*</g, (text) => (text.slice(1, -1).trim() ? '>T<' : '><'))
      .replace(/\s([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => (['class', 'lang', 'dir', 'role', 'type'].includes(name) ? ` ${name}="${value}"` : ` ${name}="${value ? 'V' : ''}"`))
    const first = kept.get(shape)
    if (first) first.alike++
    else kept.set(shape, { ...page, alike: 0 })
  }
  return [...kept.values()]
}

const named = (p: { path: string; alike: number }) => (p.alike ? `${p.path} (and ${p.alike} ${p.alike === 1 ? 'page' : 'pages'} of the same markup)` : p.path)

type Violation = { id: string; impact: string; nodes: { target: string[] }[] }

let browser: Browser
let context: BrowserContext
let tab: Page

/**
 * Pages are served from their real URLs through request interception, so the relative
 * stylesheet link resolves and axe judges contrast on the styled page. Everything else
 * (images on the media host) is aborted: no network is needed or used.
 */
beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext()
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === `${BASE}assets/site.css`) return route.fulfill({ contentType: 'text/css', body: SITE_CSS })
    const html = byUrl.get(url)
    return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()
  })
  // Injected once for every document, instead of re-reading half a megabyte per page.
  await context.addInitScript({ path: AXE_PATH })
  tab = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function axeViolations(url: string): Promise<Violation[]> {
  await tab.goto(url)
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}

const summary = (violations: Violation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

describe('accessibility in Chromium (axe-core, WCAG 2.1 A and AA)', () => {
  describe('desktop, 1280 px', () => {
    beforeAll(async () => tab.setViewportSize({ width: 1280, height: 900 }))

    it('the stylesheet is actually applied (header painted in the brand colour)', async () => {
      await tab.goto(pages[0].url)
      expect(await tab.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(11, 61, 145)')
    })

    it('the check finds a violation on a page that has one', async () => {
      expect((await axeViolations(BROKEN_URL)).map((v) => v.id)).toContain('image-alt')
    })

    it('groups pages by markup without losing a kind of page', () => {
      expect(new Set(judged.map((p) => p.kind))).toEqual(new Set(pages.map((p) => p.kind)))
      expect(judged.reduce((n, p) => n + 1 + p.alike, 0)).toBe(pages.length)
    })

    it.each(judged.map((p) => [named(p), p] as const))('%s has zero violations', async (_, page) => {
      expect(summary(await axeViolations(page.url))).toEqual([])
    })
  })

  describe('phone, 375 px', () => {
    beforeAll(async () => tab.setViewportSize({ width: 375, height: 740 }))

    // English has Spanish's direction and layout with shorter words: the narrow width is checked
    // in the longer left-to-right language and in the right-to-left one (a sixth of the file's time).
    const phonePages = judged.filter((p) => !p.path.startsWith('en/'))
    it.each(phonePages.map((p) => [named(p), p] as const))('%s has zero violations and no sideways scrolling', async (_, page) => {
      expect(summary(await axeViolations(page.url))).toEqual([])
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    })
  })

  it('mirrors the layout for Arabic: the brand sits at the right edge', async () => {
    await tab.setViewportSize({ width: 1280, height: 900 })
    const position = async (url: string) => tab.goto(url).then(() => tab.evaluate(() => {
      const box = document.querySelector('.site-header__brand')!.getBoundingClientRect()
      return { left: box.left, right: window.innerWidth - box.right }
    }))
    const ltr = await position(`${BASE}es/`)
    const rtl = await position(`${BASE}ar/`)
    expect(ltr.left).toBeLessThan(ltr.right)
    expect(rtl.right).toBeLessThan(rtl.left)
  })
})

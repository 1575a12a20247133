import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../test/support/browser'
import { absoluteUrl } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { everyPage } from '../fixtures/everyPage'
import { FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { contactPage } from '../index'
import { SITE_CSS } from '../styles/siteCss'

/** Where things land on the screen: what html-validate and axe cannot see. Issue 13, items 3, 4 and 11. */

const BASE = 'https://madrid.example.gob.ec/'
const pages = (['es', 'ar'] as const).flatMap((locale) => everyPage(missionSiteFixture(locale), FIXTURE_TODAY))
const byUrl = new Map(pages.map((p) => [absoluteUrl(BASE, p.path), p.html]))

// The embassy in Cairo as the demo network has it: a Latin-script address that starts with a number.
const CAIRO_ADDRESS = { street: '12 Example Street, Zamalek (sample data)', postalCode: '11211', city: 'Cairo', country: 'EG' }
const arabic = missionSiteFixture('ar')
const cairo: MissionSiteView = {
  ...arabic,
  mission: { ...arabic.mission, offices: arabic.mission.offices.map((office) => ({ ...office, address: CAIRO_ADDRESS })) },
}
const CAIRO_CONTACT = `${BASE}cairo/ar/contact/`
byUrl.set(CAIRO_CONTACT, contactPage({ site: cairo }))

let browser: Browser
let context: BrowserContext
let tab: Page

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext()
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.endsWith('/assets/site.css')) return route.fulfill({ contentType: 'text/css', body: SITE_CSS })
    const html = byUrl.get(url)
    return html ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()
  })
  tab = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

type Edges = { left: number; right: number }
const edges = (selector: string) => tab.$eval(selector, (element) => {
  const box = element.getBoundingClientRect()
  return { left: box.left, right: box.right }
})

describe('the primary navigation lines up with the page', () => {
  const kinds = ['home', 'news', 'services', 'contact', 'about']
  const cases = pages.filter((p) => kinds.includes(p.kind)).flatMap((p) => [1280, 390].map((width) => [p.path, width] as const))

  it.each(cases)('%s at %i px: the first link starts where the heading starts', async (path, width) => {
    await tab.setViewportSize({ width, height: 900 })
    await tab.goto(absoluteUrl(BASE, path))
    const link: Edges = await edges('.primary-nav li:first-child a')
    const heading: Edges = await edges('main h1')
    if (path.startsWith('ar/')) expect(link.right).toBeCloseTo(heading.right, 0)
    else expect(link.left).toBeCloseTo(heading.left, 0)
  })
})

describe('right-to-left pages keep left-to-right fields whole', () => {
  /** For each text, the left edges of its words in the text's order, and the top of its first word. */
  const wordBoxes = (container: string, texts: string[]) => tab.$eval(container, (root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    return wanted.map((text) => {
      const node = nodes.find((n) => n.data.includes(text))
      if (!node) return { text, lefts: [] as number[], top: NaN }
      const start = node.data.indexOf(text)
      const boxes = [...text.matchAll(/\S+/g)].map((word) => {
        const range = document.createRange()
        range.setStart(node, start + word.index!)
        range.setEnd(node, start + word.index! + word[0].length)
        return range.getBoundingClientRect()
      })
      return { text, lefts: boxes.map((box) => box.left), top: boxes[0].top }
    })
  }, texts)

  const readsLeftToRight = (lefts: number[]) => lefts.length > 1 && lefts.every((left, i) => i === 0 || left > lefts[i - 1])

  it.each([1280, 390])('a Latin-script address on the Arabic contact page reads in its own order, line after line (%i px)', async (width) => {
    await tab.setViewportSize({ width, height: 900 })
    await tab.goto(CAIRO_CONTACT)
    const lines = await wordBoxes('.office address', [CAIRO_ADDRESS.street, `${CAIRO_ADDRESS.postalCode} ${CAIRO_ADDRESS.city}`])
    for (const line of lines) expect(readsLeftToRight(line.lefts), `${line.text}: ${line.lefts.join(', ')}`).toBe(true)
    expect(lines[0].top).toBeLessThan(lines[1].top)
  })

  it('phone numbers keep their groups of digits in order on the Arabic contact page', async () => {
    await tab.setViewportSize({ width: 1280, height: 900 })
    await tab.goto(CAIRO_CONTACT)
    // The template joins the groups with no-break spaces, which \S+ still splits on.
    const [phone] = await wordBoxes('.office ul', ['+34\u00a0915\u00a0550\u00a0000'])
    expect(readsLeftToRight(phone.lefts), phone.lefts.join(', ')).toBe(true)
  })
})

describe('the services page', () => {
  it('lays its cards out side by side across the whole column at 1280 px', async () => {
    await tab.setViewportSize({ width: 1280, height: 900 })
    await tab.goto(`${BASE}es/services/`)
    const cards: (Edges & { top: number })[] = await tab.$$eval('main .card', (all) => all.map((card) => {
      const box = card.getBoundingClientRect()
      return { left: box.left, right: box.right, top: box.top }
    }))
    const column: Edges = await edges('main h1')
    expect(cards.length).toBeGreaterThanOrEqual(3)
    const firstRow = cards.filter((card) => Math.abs(card.top - cards[0].top) < 1)
    expect(firstRow.length).toBeGreaterThanOrEqual(2)
    expect(Math.min(...firstRow.map((c) => c.left))).toBeCloseTo(column.left, 0)
    expect(Math.max(...firstRow.map((c) => c.right))).toBeCloseTo(column.right, 0)
  })

  it('stacks them at full width on a phone, without sideways scrolling', async () => {
    await tab.setViewportSize({ width: 390, height: 800 })
    await tab.goto(`${BASE}ar/services/`)
    const column: Edges = await edges('main h1')
    const cards: Edges[] = await tab.$$eval('main .card', (all) => all.map((card) => ({ left: card.getBoundingClientRect().left, right: card.getBoundingClientRect().right })))
    for (const card of cards) {
      expect(card.left).toBeCloseTo(column.left, 0)
      expect(card.right).toBeCloseTo(column.right, 0)
    }
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})

import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { parse } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import type { RawNetwork } from '../content/loadNetwork'
import { travelAdviceForMission, travelAdviceView } from '../content/travelAdviceView'
import { xmlProblem } from '../feeds/fixtures/wellFormedXml'
import { planMinistrySite } from './planMinistrySite'
import { planTravelAdviceData, travelAdviceOpmlFeeds } from './planTravelAdvice'

const BASE = 'https://www.cancilleria.example.gob.ec/'

const ecuadorAdvice = {
  id: 'a1', country: 'CO', level: 'exercise-increased-caution', reviewedAt: '2024-03-10T00:00:00.000Z', updatedAt: '2024-03-12T09:30:00.000Z',
  summary: { es: 'Extreme las precauciones.', en: 'Exercise increased caution.' },
  parts: { safety: null, entry: null, health: null, laws: null, hazards: null, help: null },
  regions: [{ id: 'r1', name: { es: 'Frontera norte', en: 'Northern border' }, level: 'do-not-travel', summary: { es: 'No viaje <b>aquí</b>.' } }],
  changes: [
    { id: 'c1', at: '2024-01-05T08:00:00.000Z', major: false, level: 'exercise-normal-precautions', note: { es: 'Teléfonos actualizados.' } },
    { id: 'c2', at: '2024-03-12T09:30:00.000Z', major: true, level: 'exercise-increased-caution', note: { es: 'Nivel elevado & frontera <cerrada>.', en: 'Level raised.' } },
  ],
}
const spainAdvice = {
  id: 'a2', country: 'ES', level: 'exercise-normal-precautions', reviewedAt: '2024-02-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z',
  summary: { es: 'Precauciones habituales.' }, parts: {}, regions: [],
  changes: [{ id: 'c3', at: '2024-02-01T00:00:00.000Z', major: false, level: 'exercise-normal-precautions', note: { es: 'Primera publicación.' } }],
}

const raw = {
  ministry: { name: { es: 'Cancillería' }, shortName: { es: 'Cancillería' }, baseUrl: BASE },
  missions: [
    { id: 'm1', slug: 'bogota', name: { es: 'Embajada en Bogotá' }, hostCountry: 'CO', city: { es: 'Bogotá' }, type: 'embassy', siteLocales: ['es', 'en'], defaultLocale: 'es', baseUrl: 'https://bogota.example/', jurisdiction: [] },
    { id: 'm2', slug: 'lima', name: { es: 'Embajada en Lima' }, hostCountry: 'PE', city: { es: 'Lima' }, type: 'embassy', siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://lima.example/', jurisdiction: [{ country: 'ES' }] },
    { id: 'm3', slug: 'quito', name: { es: 'Oficina en Quito' }, hostCountry: 'EC', city: { es: 'Quito' }, type: 'office', siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://quito.example/', jurisdiction: [] },
  ],
  releases: [], services: [], pages: [], accounts: [], topics: [],
  travelAdvice: [ecuadorAdvice, spainAdvice],
} as unknown as RawNetwork

const plan = planMinistrySite(raw, { baseUrl: BASE })
const file = (path: string) => {
  const found = plan.files.find((f) => f.path === path)
  if (!found) throw new Error(`${path} not planned; planned: ${plan.files.map((f) => f.path).filter((p) => p.includes('travel')).join(', ')}`)
  return String(found.contents)
}
const rss = (path: string) => extractFromXml(file(path), { descriptionMaxLen: 0 })
const titles = (path: string) => (rss(path).entries ?? []).map((e) => e.title)

describe('travel advice levels', () => {
  it('gives the whole country its own level and the highest level of any region above it', () => {
    const view = travelAdviceView(ecuadorAdvice, 'en')
    expect(view.level).toBe(2)
    expect(view.highestLevel).toBe(4)
    expect(view.regions).toEqual([{ name: 'Northern border', level: 4, summary: 'No viaje <b>aquí</b>.' }])
    expect(travelAdviceView(spainAdvice, 'en').highestLevel).toBe(1)
  })

  it('refuses a level that is not one of the four, naming it', () => {
    expect(() => travelAdviceView({ ...spainAdvice, level: 'panic' }, 'es')).toThrow(/"panic" is not a travel advice alert level/)
  })

  it('lists changes newest first, each in the reader’s language or the default one', () => {
    const view = travelAdviceView(ecuadorAdvice, 'en')
    expect(view.changes.map((c) => [c.note, c.major, c.level])).toEqual([['Level raised.', true, 2], ['Teléfonos actualizados.', false, 1]])
    expect(view.updatedAt).toBe('2024-03-12T09:30:00.000Z')
  })

  it('shows a mission the advice of its host country and of its jurisdiction, linking to the ministry’s page', () => {
    const [bogota, lima, quito] = raw.missions
    expect(travelAdviceForMission(raw, bogota, 'en')).toEqual([{ country: 'CO', level: 2, highestLevel: 4, reviewedAt: '2024-03-10T00:00:00.000Z', url: `${BASE}en/travel/co/` }])
    expect(travelAdviceForMission(raw, lima, 'es').map((a) => a.country)).toEqual(['ES'])
    expect(travelAdviceForMission(raw, quito, 'es')).toEqual([])
  })
})

describe('travel advice pages on the ministry site', () => {
  it('writes the index and one page per country in every language, each in the sitemap', () => {
    for (const locale of ['es', 'en', 'fr', 'zh', 'ar']) {
      for (const path of [`${locale}/travel/index.html`, `${locale}/travel/co/index.html`, `${locale}/travel/es/index.html`]) expect(() => file(path)).not.toThrow()
      expect(file(`${locale}/sitemap.xml`)).toContain(`${BASE}${locale}/travel/co/`)
    }
  })

  it('shows on the index each country’s level and, where a region stands higher, that level in parts', () => {
    const index = file('en/travel/index.html')
    expect(index).toMatch(/href="[^"]*travel\/co\/">Colombia<\/a><\/th><td><span class="advice-level advice-level--2">Level 2 · Exercise increased caution<\/span><br><span class="meta">Level 4 in parts of the country/)
    expect(index).toMatch(/href="[^"]*travel\/es\/">Spain<\/a><\/th><td><span class="advice-level advice-level--1">Level 1 · Exercise normal precautions<\/span><\/td>/)
  })

  it('shows on a country’s page its regions and its whole history, major and minor, escaped', () => {
    const page = file('es/travel/co/index.html')
    expect(page).toContain('<bdi>Frontera norte</bdi></strong>: <span class="advice-level advice-level--4">')
    expect(page).toContain('No viaje &lt;b&gt;aquí&lt;/b&gt;.')
    expect(page).toContain('Nivel elevado &amp; frontera &lt;cerrada&gt;.')
    expect(page).toContain('<strong>Cambio importante</strong>')
    expect(page).toContain('<strong>Cambio menor</strong>')
  })
})

describe('travel advice feeds', () => {
  it('puts every change of every country in the all-changes feed, newest first', () => {
    expect(titles('en/travel/feed.xml')).toEqual([
      'Colombia: Level 2 · Exercise increased caution',
      'Spain: Level 1 · Exercise normal precautions',
      'Colombia: Level 1 · Exercise normal precautions',
    ])
  })

  it('puts only major changes in a country’s own feed and in the major-changes feed', () => {
    expect(titles('en/travel/co/feed.xml')).toEqual(['Colombia: Level 2 · Exercise increased caution'])
    expect(titles('en/travel/es/feed.xml')).toEqual([])
    expect(titles('en/travel/major/feed.xml')).toEqual(['Colombia: Level 2 · Exercise increased caution'])
  })

  it('writes well-formed RSS whose items keep a stable GUID and link to the country page', () => {
    const xml = file('es/travel/feed.xml')
    expect(xmlProblem(xml)).toBeNull()
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel
    const items = channel.item as { guid: { '#text': string; '@_isPermaLink': string }; link: string; description: string }[]
    expect(items.map((i) => i.link)).toEqual([`${BASE}es/travel/co/`, `${BASE}es/travel/es/`, `${BASE}es/travel/co/`])
    expect(items.every((i) => i.guid['@_isPermaLink'] === 'false' && i.guid['#text'].startsWith('urn:uuid:'))).toBe(true)
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(3)
    expect(planMinistrySite(raw, { baseUrl: BASE }).files.find((f) => f.path === 'es/travel/feed.xml')?.contents).toBe(xml)
  })

  it('writes JSON Feeds that a JSON Feed reader takes, with the same items', () => {
    const all = extractFromJson(JSON.parse(file('fr/travel/feed.json')), { descriptionMaxLen: 0 })
    expect(all.entries).toHaveLength(3)
    const co = JSON.parse(file('fr/travel/co/feed.json'))
    expect(co.version).toBe('https://jsonfeed.org/version/1.1')
    expect(co.items.map((i: { tags: string[] }) => i.tags)).toEqual([['Modification importante']])
  })

  it('lists the travel advice feeds in feeds.opml', () => {
    const opml = new XMLParser({ ignoreAttributes: false }).parse(plan.opml)
    const urls = JSON.stringify(opml)
    for (const url of [`${BASE}es/travel/feed.xml`, `${BASE}ar/travel/major/feed.xml`, `${BASE}en/travel/co/feed.xml`, `${BASE}zh/travel/es/feed.xml`]) expect(urls).toContain(url)
    expect(travelAdviceOpmlFeeds(raw, BASE)).toHaveLength(5 * 4)
  })
})

describe('the ministry site reaches travel advice', () => {
  it('links the index from the ministry’s home page, and lists every travel advice feed, relative and existing, on the feeds page', () => {
    expect(file('es/index.html')).toContain('href="../es/travel/"')
    const feeds = file('en/feeds/index.html')
    for (const path of ['en/travel/feed.xml', 'en/travel/major/feed.json', 'en/travel/co/feed.xml', 'en/travel/es/feed.json']) {
      expect(feeds).toContain(`href="../../${path}"`)
      file(path)
    }
    expect(feeds).toContain('Major changes: Colombia')
  })
})

describe('travel advice open data', () => {
  const [json, csv] = planTravelAdviceData(raw, { baseUrl: BASE })

  it('gives each country its level, number and key, regions and dates in JSON', () => {
    const data = JSON.parse(String(json.contents))
    expect(json.path).toBe('data/travel-advice.json')
    expect(data.modified).toBe('2024-03-12T09:30:00.000Z')
    expect(data.countries[0]).toEqual({
      country: 'CO', countryName: 'Colombia', level: 2, levelKey: 'exercise-increased-caution', highestLevel: 4,
      regions: [{ name: 'Frontera norte', level: 4, levelKey: 'do-not-travel' }],
      reviewedAt: '2024-03-10T00:00:00.000Z', lastChange: '2024-03-12T09:30:00.000Z', lastMajorChange: '2024-03-12T09:30:00.000Z', url: `${BASE}es/travel/co/`,
    })
  })

  it('gives the same levels in CSV a CSV parser reads', () => {
    const rows = parse(String(csv.contents), { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.country, r.level, r.highestLevel, r.regions, r.lastMajorChange])).toEqual([
      ['CO', '2', '4', 'Frontera norte: 4', '2024-03-12T09:30:00.000Z'],
      ['ES', '1', '1', '', ''],
    ])
  })

  it('is planned with the ministry’s other open data', () => {
    expect(plan.files.map((f) => f.path)).toEqual(expect.arrayContaining(['data/travel-advice.json', 'data/travel-advice.csv']))
  })
})

import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { xmlProblem } from './fixtures/wellFormedXml'
import { renderOpml, type OpmlInput, type OpmlMission } from './opml'

type Outline = Record<string, string> & { outline?: Outline[] }

function parseOpml(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => name === 'outline',
  })
  return parser.parse(xml).opml as { version: string; head: Record<string, string>; body: { outline?: Outline[] } }
}

function mission(name: string, country: string, slug: string, locales: ('es' | 'en' | 'ar')[]): OpmlMission {
  return {
    name,
    country,
    feeds: locales.map((locale) => ({
      title: `${name} (${locale})`,
      xmlUrl: `https://mre.example.org/${slug}/${locale}/feed.xml`,
      htmlUrl: `https://mre.example.org/${slug}/${locale}/`,
      language: locale,
    })),
  }
}

const input: OpmlInput = {
  title: 'Red diplomática — feeds',
  ownerName: 'Ministerio de Relaciones Exteriores',
  dateCreated: '2024-01-15T09:00:00Z',
  dateModified: '2025-03-05T08:15:42.500Z',
  collation: 'es',
  missions: [
    mission('Embajada en Madrid', 'España', 'madrid', ['es', 'en']),
    mission('Consulado en Barcelona', 'España', 'barcelona', ['es']),
    mission('Embajada en El Cairo', 'Egipto', 'el-cairo', ['ar', 'es']),
    mission('Embajada en Ottawa', 'Canadá', 'ottawa', ['en']),
    mission('Oficina sin noticias', 'Zambia', 'lusaka', []),
  ],
}

describe('renderOpml', () => {
  const xml = renderOpml(input)
  const opml = parseOpml(xml)

  it('is well-formed OPML 2.0 with the title, owner and dates from its input', () => {
    expect(xmlProblem(xml)).toBeNull()
    expect(opml.version).toBe('2.0')
    expect(opml.head).toEqual({
      title: 'Red diplomática — feeds',
      dateCreated: 'Mon, 15 Jan 2024 09:00:00 GMT',
      dateModified: 'Wed, 05 Mar 2025 08:15:42 GMT',
      ownerName: 'Ministerio de Relaciones Exteriores',
      docs: 'http://opml.org/spec2.opml',
    })
  })

  it('groups feeds by country, then mission, each sorted alphabetically, and leaves out missions without feeds', () => {
    const tree = opml.body.outline!.map((country) => [country.text, country.outline!.map((m) => [m.text, m.outline!.map((f) => f.xmlUrl)])])
    expect(tree).toEqual([
      ['Canadá', [['Embajada en Ottawa', ['https://mre.example.org/ottawa/en/feed.xml']]]],
      ['Egipto', [['Embajada en El Cairo', ['https://mre.example.org/el-cairo/ar/feed.xml', 'https://mre.example.org/el-cairo/es/feed.xml']]]],
      [
        'España',
        [
          ['Consulado en Barcelona', ['https://mre.example.org/barcelona/es/feed.xml']],
          ['Embajada en Madrid', ['https://mre.example.org/madrid/es/feed.xml', 'https://mre.example.org/madrid/en/feed.xml']],
        ],
      ],
    ])
  })

  it('puts the lead group (the ministry’s feeds) first whatever its name, apart from a country of the same name', () => {
    const lead = {
      group: 'Ministerio',
      name: 'Ministerio de Relaciones Exteriores',
      feeds: [{ title: 'Ministerio (es)', xmlUrl: 'https://mre.example.org/es/feed.xml', htmlUrl: 'https://mre.example.org/es/', language: 'es' as const }],
    }
    // "Ministerio" sorts between "España" and the last country: a sort by name would bury it.
    const withLead = parseOpml(renderOpml({ ...input, lead, missions: [...input.missions, mission('Oficina en Ministerio', 'Ministerio', 'x', ['es'])] }))
    const groups = withLead.body.outline!.map((g) => [g.text, g.outline!.map((m) => m.text)])
    expect(groups).toEqual([
      ['Ministerio', ['Ministerio de Relaciones Exteriores']],
      ['Canadá', ['Embajada en Ottawa']],
      ['Egipto', ['Embajada en El Cairo']],
      ['España', ['Consulado en Barcelona', 'Embajada en Madrid']],
      ['Ministerio', ['Oficina en Ministerio']],
    ])
    expect(withLead.body.outline![0].outline![0].outline![0].xmlUrl).toBe('https://mre.example.org/es/feed.xml')
    // A lead without feeds is left out, as a mission without feeds is.
    expect(renderOpml({ ...input, lead: { ...lead, feeds: [] } })).toBe(xml)
  })

  it('describes each feed with text, title, type rss, xmlUrl, htmlUrl and language', () => {
    const cairo = opml.body.outline![1].outline![0]
    expect(cairo.title).toBe('Embajada en El Cairo')
    expect(cairo.outline![0]).toEqual({
      type: 'rss',
      text: 'Embajada en El Cairo (ar)',
      title: 'Embajada en El Cairo (ar)',
      xmlUrl: 'https://mre.example.org/el-cairo/ar/feed.xml',
      htmlUrl: 'https://mre.example.org/el-cairo/ar/',
      language: 'ar',
    })
    const feedCount = opml.body.outline!.flatMap((c) => c.outline!.flatMap((m) => m.outline!)).length
    expect(feedCount).toBe(6)
  })

  it('does not depend on the order missions are given in', () => {
    expect(renderOpml({ ...input, missions: [...input.missions].reverse() })).toBe(xml)
  })

  it('keeps markup, quotes, tabs, newlines, RTL text and emoji in names exactly, minus forbidden characters', () => {
    const name = 'Embajada "A&B" <x> ]]> \t\r\n\u0000\u0007 سفارة 🇪🇸'
    const hostileXml = renderOpml({ ...input, title: `T <&> ]]>\u0001`, ownerName: 'O & "P"', missions: [mission(name, `País <${'ñ'.repeat(5000)}>`, 'x', ['ar'])] })
    expect(xmlProblem(hostileXml)).toBeNull()
    const parsed = parseOpml(hostileXml)
    expect(parsed.head.title).toBe('T <&> ]]>')
    expect(parsed.head.ownerName).toBe('O & "P"')
    const [country] = parsed.body.outline!
    expect(country.text).toBe(`País <${'ñ'.repeat(5000)}>`)
    expect(country.outline![0].text).toBe('Embajada "A&B" <x> ]]> \t\n سفارة 🇪🇸')
  })

  it('renders an empty network as a valid document with an empty body', () => {
    const empty = renderOpml({ ...input, missions: [] })
    expect(xmlProblem(empty)).toBeNull()
    expect(parseOpml(empty).body.outline).toBeUndefined()
  })
})

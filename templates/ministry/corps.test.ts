import { describe, expect, it } from 'vitest'

import type { MissionSiteView } from '../../src/content/viewModels'
import { missionSiteFixture } from '../fixtures/missionSite'
import { corpsByCountryPage, corpsPrecedencePage } from './corps'
import { corpsFixture } from './corpsFixture'

const ministrySite = (locale: 'es' | 'en' | 'ar'): MissionSiteView => {
  const site = missionSiteFixture(locale)
  return { ...site, mission: { ...site.mission, id: 'ministry', slug: 'ministry' } }
}

const main = (page: string) => page.split('<main')[1]!.split('</main>')[0]!

describe('the accredited corps by country', () => {
  it('groups missions under their sending state named in the page’s language, organisations last', () => {
    const es = main(corpsByCountryPage({ site: ministrySite('es'), entries: corpsFixture('es') }))
    expect([...es.matchAll(/<h2 id="corps-([^"]+)">([^<]+)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'ES España', 'MX México', 'SE Suecia', 'organisations Organismos internacionales',
    ])
    const ar = main(corpsByCountryPage({ site: ministrySite('ar'), entries: corpsFixture('ar') }))
    expect([...ar.matchAll(/<h2 id="corps-([^"]+)">/g)].map((m) => m[1])).toEqual(['ES', 'SE', 'MX', 'organisations'])
  })

  it('says what each date is, marks a missing one as pending, and gives the national day in the reader’s words', () => {
    const en = main(corpsByCountryPage({ site: ministrySite('en'), entries: corpsFixture('en') }))
    expect(en).toContain('<dt>Credentials</dt><dd><time datetime="2023-02-14T15:00:00.000Z">February 14, 2023</time></dd>')
    expect(en).toContain('<dt>Exequatur</dt><dd><time datetime="2022-06-01T15:00:00.000Z">June 1, 2022</time></dd>')
    expect(en).toContain('<dt>Accreditation</dt>')
    expect(en).toContain('<dt>Credentials</dt><dd>pending</dd>')
    expect(en).toContain('<dt>National day</dt><dd>October 12</dd>')
    expect(en).toContain('<a href="tel:+59325550100" dir="ltr">')
    expect(en).toContain('(sample data)')
  })

  it('escapes what editors typed', () => {
    const page = corpsByCountryPage({ site: ministrySite('es'), entries: corpsFixture('es') })
    expect(page).not.toContain('<script>alert(1)</script>')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('the order of precedence page', () => {
  it('numbers the diplomatic and the consular corps apart and lists organisations without a number', () => {
    const en = main(corpsPrecedencePage({ site: ministrySite('en'), entries: corpsFixture('en') }))
    const positions = (corps: string) =>
      [...en.split(`<section aria-labelledby="corps-${corps}">`)[1]!.split('</section>')[0]!.matchAll(/<td class="corps-table__position">(\d+)<\/td>/g)].map((m) => m[1])
    expect(positions('diplomatic')).toEqual(['1', '2'])
    expect(positions('consular')).toEqual(['1', '2'])
    expect(en).toContain('<th scope="col">Exequatur</th>')
    expect(en.split('<section aria-labelledby="corps-organisations">')[1]).toContain('International organisations take no precedence')
    // Both views link each other; the current one says so.
    expect(en).toContain('<a href="../../../en/corps/precedence/" aria-current="page">Order of precedence</a>')
    expect(en).toContain('<a href="../../../en/corps/">By country</a>')
  })

  it('says so when nothing is published yet', () => {
    expect(main(corpsPrecedencePage({ site: ministrySite('es'), entries: [] }))).toContain('Todavía no se ha publicado ninguna misión acreditada.')
  })
})

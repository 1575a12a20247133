import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'

import type { AtlasView, MissionSiteView, SocialAccountView } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'
import { FIXTURE_LOCALES, missionSiteFixture } from '../fixtures/missionSite'
import { navItems } from '../layout/primaryNav'
import { socialPage } from '../pages/social'
import { atlasPage } from './atlas'
import { ATLAS_SCRIPT } from './atlasScript'

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })

const ministrySite = (locale: (typeof FIXTURE_LOCALES)[number]): MissionSiteView => {
  const site = missionSiteFixture(locale)
  return { ...site, mission: { ...site.mission, id: 'ministry', slug: 'ministry' } }
}

const x = (handle: string, extra: Partial<SocialAccountView> = {}): SocialAccountView => ({
  platform: { slug: 'x', name: 'X' }, handle: `@${handle}`, url: `https://x.com/${handle}`, title: '', language: null, ...extra,
})

/** Hostile text wherever an editor types: body names, titles, mission names, cities. */
const ATLAS: AtlasView = {
  platforms: [{ slug: 'x', name: 'X', missions: 2, accounts: 3 }, { slug: 'weibo', name: 'Weibo', missions: 1, accounts: 1 }],
  platform: null,
  bodies: [{ name: HOSTILE.quotes, accounts: [x('CancilleriaEc'), x('CancilleriaEcEN', { title: HOSTILE.script, language: 'en' })] }],
  countries: [
    { code: 'CN', name: 'China', missions: [{
      id: 'm1', slug: 'beijing', name: HOSTILE.arabic, type: 'embassy', hostCountry: 'CN', city: HOSTILE.closeScript, status: 'open', baseUrl: 'https://beijing.example/',
      homeUrl: 'https://beijing.example/zh/', accounts: [{ platform: { slug: 'weibo', name: 'Weibo' }, handle: 'ecuadorenchina', url: 'https://weibo.com/ecuadorenchina', title: '', language: 'zh' }],
    }] },
    { code: 'ES', name: 'España', missions: [{
      id: 'm2', slug: 'lyon', name: 'Consulado en Lyon', type: 'consulate', hostCountry: 'ES', city: 'Lyon', status: 'closed', baseUrl: 'https://lyon.example/',
      homeUrl: 'https://lyon.example/es/', accounts: [],
    }] },
  ],
}

describe('atlas page template', () => {
  it.each(FIXTURE_LOCALES)('%s: valid HTML for the whole atlas and a platform page, hostile text escaped', async (locale) => {
    for (const atlas of [ATLAS, { ...ATLAS, platform: { slug: 'x', name: 'X' } }]) {
      const page = atlasPage({ site: ministrySite(locale), atlas })
      const report = await validator.validateString(page)
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`))).toEqual([])
      expect(page).not.toContain(HOSTILE.script)
      expect(page).not.toContain('<script>alert("ld")')
    }
  })

  it('marks the current filter, links every platform page, and loads the script only as an addition', () => {
    const all = atlasPage({ site: ministrySite('es'), atlas: ATLAS })
    expect(all).toContain('<li><a href="../../es/atlas/" aria-current="page">Todas las plataformas</a></li>')
    expect(all).toContain('<li><a href="../../es/atlas/weibo/">Weibo (1)</a></li>')
    expect(all).toMatch(/<script src="\.\.\/\.\.\/assets\/atlas\.js" defer><\/script>/)
    const weibo = atlasPage({ site: ministrySite('es'), atlas: { ...ATLAS, platform: { slug: 'weibo', name: 'Weibo' } } })
    expect(weibo).toContain('<li><a href="../../../es/atlas/weibo/" aria-current="page">Weibo (1)</a></li>')
    expect(weibo).toContain('<h1>Atlas de redes sociales: Weibo</h1>')
    expect(weibo).toContain('lang="zh"')
  })

  it('says when a mission has no accounts, and that a mission is closed', () => {
    const page = atlasPage({ site: ministrySite('en'), atlas: ATLAS })
    expect(page).toContain('No registered accounts.')
    expect(page).toContain(' (closed)')
  })

  it('is right to left in Arabic', () => {
    expect(atlasPage({ site: ministrySite('ar'), atlas: ATLAS })).toMatch(/<html lang="ar" dir="rtl">/)
  })

  it('isolates what may read in another direction than the page: mission names, cities, account names and handles', () => {
    const page = atlasPage({ site: ministrySite('ar'), atlas: ATLAS })
    const missions = page.match(/<li data-atlas-mission>\n<p>.*<\/p>/g) ?? []
    expect(missions).toHaveLength(2)
    for (const mission of missions) expect(mission).toMatch(/<a href="[^"]+"><bdi>[^<]+<\/bdi><\/a> · [^<]+ · <bdi>[^<]+<\/bdi>/)
    const accounts = page.match(/<ul class="account-list">[\s\S]*?<\/ul>/g)!.flatMap((list) => list.split('<li>').slice(1))
    expect(accounts).toHaveLength(3)
    for (const account of accounts) expect(account).toMatch(/<span dir="auto"[^>]*>[^<]+<\/span>/)
    expect(page).toContain('<span class="meta" dir="ltr">@CancilleriaEcEN</span>')
  })

  it('the script writes no markup: text goes through textContent only', () => {
    expect(ATLAS_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/)
  })
})

describe('navigation', () => {
  it('the ministry site links its atlas; a mission site does not, and keeps rel="me" on its own accounts', () => {
    expect(navItems(ministrySite('es')).map((i) => i.key)).toContain('atlas')
    const mission = missionSiteFixture('es')
    expect(navItems(mission).map((i) => i.key)).not.toContain('atlas')
    if (mission.accounts.length > 0) expect(socialPage({ site: mission })).toMatch(/<a href="[^"]+" rel="me">/)
    expect(mission.accounts.length).toBeGreaterThan(0)
  })
})

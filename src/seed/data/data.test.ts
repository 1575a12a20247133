import { describe, expect, it } from 'vitest'

import { MISSION_PAGE_KINDS } from '../../../collections/MissionPages'
import { SERVICE_CATEGORIES } from '../../../collections/Services'
import { LOCALE_CODES } from '../../config/locales'
import { checkCountryCode } from '../../validation/iso'
import { accountUrl } from '../steps/accounts'
import { ACCOUNTS } from './accounts'
import { MISSIONS } from './missions'
import { PAGE_TEMPLATES } from './pageTemplates'
import { PLATFORMS } from './platforms'
import { MINISTRY_NEWS } from './releases/ministryNews'
import { MISSION_NEWS } from './releases/missionNews'
import { MISSION_RELEASES } from './releases/schedule'
import { SERVICES } from './services'

const bySlug = new Map(MISSIONS.map((m) => [m.slug, m]))

describe('demo network data', () => {
  it('lists each mission once, Spanish first among its languages, with a name and city in each', () => {
    expect(bySlug.size).toBe(MISSIONS.length)
    for (const m of MISSIONS) {
      expect(m.locales[0], m.slug).toBe('es')
      for (const locale of m.locales) {
        expect(m.name[locale], `${m.slug} name ${locale}`).toBeTruthy()
        expect(m.city[locale], `${m.slug} city ${locale}`).toBeTruthy()
      }
      expect(checkCountryCode(m.country)).toBe(true)
    }
  })

  it('marks every invented street as sample data', () => {
    for (const m of MISSIONS) {
      for (const site of [m.office, m.consularSection].filter(Boolean)) expect(site!.street).toMatch(/\(sample data\)$/)
    }
  })

  it('puts every consulate under an embassy of the same country, listed before it', () => {
    for (const [index, m] of MISSIONS.entries()) {
      if (!m.parent) continue
      const parent = bySlug.get(m.parent)
      expect(parent?.type, m.slug).toBe('embassy')
      expect(parent?.country, m.slug).toBe(m.country)
      expect(MISSIONS.indexOf(parent!)).toBeLessThan(index)
    }
  })

  it('gives each release a slug unique within its mission and a mission that exists', () => {
    const keys = MISSION_RELEASES.map((r) => `${r.mission}/${MISSION_NEWS[r.news].slug}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const r of MISSION_RELEASES) expect(bySlug.has(r.mission), r.mission).toBe(true)
    const ministrySlugs = MINISTRY_NEWS.map((r) => r.slug)
    expect(new Set(ministrySlugs).size).toBe(ministrySlugs.length)
    for (const r of MINISTRY_NEWS) for (const s of r.syndicatedTo ?? []) expect(bySlug.has(s), s).toBe(true)
  })

  it('has every news and page template in every language a mission using it serves', () => {
    for (const r of MISSION_RELEASES) {
      for (const locale of bySlug.get(r.mission)!.locales) expect(MISSION_NEWS[r.news].text[locale], `${r.news} ${locale}`).toBeDefined()
    }
    for (const { value } of MISSION_PAGE_KINDS) {
      for (const locale of LOCALE_CODES) expect(PAGE_TEMPLATES[value][locale], `${value} ${locale}`).toBeDefined()
    }
  })

  // Payload validates required fields inside arrays in every language a document is saved in.
  it('translates every service requirement into each language the service title has', () => {
    for (const s of SERVICES) {
      for (const locale of LOCALE_CODES.filter((l) => s.title[l])) {
        expect(s.summary[locale], `${s.slug} summary ${locale}`).toBeTruthy()
        for (const r of s.requirements) expect(r[locale], `${s.slug} requirement ${locale}`).toBeTruthy()
      }
    }
  })

  it('covers the consular service categories the brief asks for', () => {
    const categories = new Set(SERVICES.map((s) => s.category))
    for (const c of ['passports', 'civil-registry', 'visas', 'legalisations', 'registration', 'voting', 'assistance', 'mobile-consulate']) {
      expect(categories.has(c as never), c).toBe(true)
    }
    const known = new Set<string>(SERVICE_CATEGORIES.map((c) => c.value))
    for (const c of categories) expect(known.has(c)).toBe(true)
  })

  it('gives every mission an X account, every account a known platform and a URL used once', () => {
    const platforms = new Set(PLATFORMS.map((p) => p.slug))
    const urls = ACCOUNTS.map(accountUrl)
    expect(new Set(urls).size).toBe(urls.length)
    for (const a of ACCOUNTS) expect(platforms.has(a.platform), a.platform).toBe(true)
    for (const m of MISSIONS) {
      expect(ACCOUNTS.some((a) => a.platform === 'x' && 'mission' in a.owner && a.owner.mission === m.slug), m.slug).toBe(true)
    }
  })
})

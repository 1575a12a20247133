import { describe, expect, it } from 'vitest'

import { everyPage } from '../fixtures/everyPage'
import { FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { releasePage, servicePage, missionPage } from '../index'
import { textLanguage } from './textLanguage'

const arabic = missionSiteFixture('ar')

describe('texts shown for want of a translation', () => {
  it('are marked with their language and its direction; texts in the page’s own language are not marked', () => {
    expect(String(textLanguage('es'))).toBe(' lang="es" dir="ltr"')
    expect(String(textLanguage('ar'))).toBe(' lang="ar" dir="rtl"')
    expect(textLanguage(undefined)).toBe(false)
  })

  it('on an Arabic release page, the Spanish title, lead and body carry lang="es" dir="ltr" while the page stays Arabic, right to left', () => {
    const release = arabic.releases.find((r) => r.textLanguages)!
    const page = releasePage({ site: arabic, release })
    expect(page).toMatch(/<html lang="ar" dir="rtl"/)
    expect(page).toContain(`<h1 lang="es" dir="ltr">${release.title}</h1>`)
    expect(page).toContain(`<p class="lead" lang="es" dir="ltr">${release.summary}</p>`)
    expect(page).toContain('<div class="prose" lang="es" dir="ltr">')
    // The date line is the page's own text.
    expect(page).toMatch(/<p class="meta">[^<]*<time/)
    const translated = releasePage({ site: arabic, release: arabic.releases[0] })
    expect(translated).toMatch(/<h1>/)
    expect(translated).not.toMatch(/class="(lead|prose)" lang=/)
  })

  it('lists (news, home, services) mark only the untranslated items; service and mission pages mark only the untranslated parts', () => {
    const pages = everyPage(arabic, FIXTURE_TODAY)
    const news = pages.find((p) => p.path === 'ar/news/')!.html
    expect(news.match(/ lang="es" dir="ltr"/g)).toHaveLength(2)
    const service = arabic.services.find((s) => s.textLanguages)!
    const servicePageHtml = servicePage({ site: arabic, service })
    expect(servicePageHtml).not.toMatch(/<h1 lang=/)
    expect(servicePageHtml).toContain('<p class="lead" lang="es" dir="ltr">')
    const study = arabic.pages.find((p) => p.kind === 'study')!
    expect(missionPage({ site: arabic, page: study })).toContain(`<h1 lang="es" dir="ltr">${study.title}</h1>`)
  })
})

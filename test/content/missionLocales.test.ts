import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LocaleNotServedError, missionLocaleQuery } from '../../src/content/missionLocales'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
})

describe('missionLocaleQuery', () => {
  it('refuses a language the mission does not serve, naming the ones it does', () => {
    expect(() => missionLocaleQuery({ siteLocales: ['es', 'en'], defaultLocale: 'es' }, 'zh')).toThrow(LocaleNotServedError)
    expect(() => missionLocaleQuery({ siteLocales: ['es', 'en'], defaultLocale: 'es' }, 'zh')).toThrow(/serves es, en/)
  })

  it('falls back to the mission’s own default language', () => {
    expect(missionLocaleQuery({ siteLocales: ['fr', 'ar'], defaultLocale: 'fr' }, 'ar')).toEqual({ locale: 'ar', fallbackLocale: 'fr' })
  })

  it('reads an untranslated field in the mission’s default language, not the network default and never empty', async () => {
    const { payload } = t
    const mission = await payload.create({
      collection: 'missions',
      locale: 'fr',
      data: {
        name: 'Ambassade à Paris', slug: 'paris', type: 'embassy', hostCountry: 'FR', city: 'Paris',
        siteLocales: ['fr', 'es', 'ar'], defaultLocale: 'fr', baseUrl: 'https://paris.example.org',
      } as never,
    })
    const release = await payload.create({
      collection: 'press-releases',
      locale: 'fr',
      data: { title: 'Communiqué en français', summary: 'Résumé', slug: 'communique', mission: mission.id, _status: 'published' },
    })
    await payload.update({ collection: 'press-releases', id: release.id, locale: 'es', data: { title: 'Comunicado en español', summary: 'Resumen' } })

    const arabic = await payload.findByID({ collection: 'press-releases', id: release.id, ...missionLocaleQuery(mission, 'ar') })
    expect(arabic.title).toBe('Communiqué en français')
    expect(arabic.summary).toBe('Résumé')

    // An emptied translation is no translation: the reader gets the default language, not a blank.
    await payload.update({ collection: 'press-releases', id: release.id, locale: 'ar', data: { title: 'عنوان', summary: 'ملخص' } })
    const page = await payload.create({
      collection: 'mission-pages', locale: 'fr',
      data: { mission: mission.id, kind: 'about', title: 'À propos', summary: 'Résumé de la page', _status: 'published' },
    })
    await payload.update({ collection: 'mission-pages', id: page.id, locale: 'ar', data: { title: 'حول', summary: '' } })
    const emptied = await payload.findByID({ collection: 'mission-pages', id: page.id, ...missionLocaleQuery(mission, 'ar') })
    expect(emptied.title).toBe('حول')
    expect(emptied.summary).toBe('Résumé de la page')
  })
})

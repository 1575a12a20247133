import { describe, expect, it } from 'vitest'
import { MISSION_BASE_URL, ministryAuthor, ministryRelease, ordinaryRelease } from './fixtures/releases'
import { feedItemsFromReleases } from './types'

describe('feedItemsFromReleases', () => {
  it("links each item to its release page under the site's base URL and locale", () => {
    const [item] = feedItemsFromReleases([ordinaryRelease], { baseUrl: MISSION_BASE_URL, locale: 'fr' })
    expect(item.url).toBe('https://embajada.example.org/madrid/fr/news/visita-oficial/')
  })

  it('takes the base URL per release when given a function (network-wide feeds)', () => {
    const items = feedItemsFromReleases([ordinaryRelease, ministryRelease], {
      baseUrl: (release) => release.origin?.baseUrl ?? 'https://mre.example.org',
      locale: 'es',
    })
    expect(items.map((item) => item.url)).toEqual([
      'https://embajada.example.org/madrid/es/news/visita-oficial/',
      'https://mre.example.org/es/news/comunicado-ministerio/',
    ])
  })

  it('credits the mission of origin, the ministry for its own releases, or leaves it to the feed', () => {
    const withMinistry = feedItemsFromReleases([ordinaryRelease, ministryRelease], { baseUrl: MISSION_BASE_URL, locale: 'es', ministryAuthor })
    expect(withMinistry.map((item) => item.author)).toEqual([
      { name: 'Embajada en Madrid', url: 'https://embajada.example.org/madrid/' },
      ministryAuthor,
    ])
    const [, withoutMinistry] = feedItemsFromReleases([ordinaryRelease, ministryRelease], { baseUrl: MISSION_BASE_URL, locale: 'es' })
    expect(withoutMinistry.author).toBeNull()
  })

  it('resolves body and hero image URLs against the release page', () => {
    const relativeHero = { ...ordinaryRelease, heroImage: { ...ordinaryRelease.heroImage!, src: '../../assets/v.jpg' } }
    const [item] = feedItemsFromReleases([relativeHero], { baseUrl: MISSION_BASE_URL, locale: 'es' })
    expect(item.heroImage!.src).toBe('https://embajada.example.org/madrid/es/assets/v.jpg')
    expect(item.bodyHtml).toContain('href="https://embajada.example.org/madrid/es/news/otra/"')
    expect(item.bodyHtml).toContain('src="https://embajada.example.org/madrid/es/news/visita-oficial/media/foto.jpg"')
    expect(item.bodyHtml).not.toMatch(/(href|src)="(?!https:|mailto:)/)
  })

  it('leaves the releases it was given unchanged', () => {
    const before = structuredClone(ordinaryRelease)
    feedItemsFromReleases([ordinaryRelease], { baseUrl: MISSION_BASE_URL, locale: 'es' })
    expect(ordinaryRelease).toEqual(before)
  })
})

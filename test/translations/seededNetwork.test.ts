import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TRANSLATED_COLLECTIONS } from '../../src/translations/collections'
import { documentLanguages, MINISTRY_LANGUAGES } from '../../src/translations/languages'
import { documentText } from '../../src/translations/localizedText'
import { storedStatus, translationStatus } from '../../src/translations/status'
import { loadTranslationQueue } from '../../src/translations/translationQueue'
import { startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

/**
 * The demo network, seeded through the Local API as `npm run seed` does: every document's stored
 * status is what its text says, and the translations view has outdated and missing work to show.
 */
let t: TestPayload

beforeAll(async () => {
  t = await startSeededPayload()
}, 600_000)
afterAll(async () => {
  await t?.close()
})

const find = (collection: string, where: Record<string, unknown>) =>
  t.payload.find({ collection: collection as CollectionSlug, where: where as never, draft: true, depth: 0, pagination: false, locale: 'all', showHiddenFields: true })

describe('translations of the seeded demo network', () => {
  it('stores for every tracked document the status its text and stamps give', async () => {
    const { docs: missions } = await t.payload.find({ collection: 'missions', depth: 0, pagination: false })
    const byId = new Map(missions.map((m) => [m.id, m]))
    let checked = 0
    for (const entry of TRANSLATED_COLLECTIONS) {
      const fields = t.payload.collections[entry.slug as CollectionSlug].config.fields
      for (const doc of (await find(entry.slug, {})).docs as Record<string, any>[]) {
        const mission = entry.owner === 'mission' && doc.mission ? byId.get(doc.mission) : null
        const languages = mission ? documentLanguages(mission) : MINISTRY_LANGUAGES
        const expected = translationStatus(documentText(fields, doc, { ignore: entry.ignore }), doc.translationEditedAt ?? {}, languages)
        expect(doc.translationStatus, `${entry.slug} ${doc.id}`).toEqual(storedStatus(expected))
        expect(doc.needsTranslation, `${entry.slug} ${doc.id}`).toEqual(expected.needs)
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(150)
  })

  it('shows outdated translations: the ministry’s registration campaign and Madrid’s mobile consulate were corrected in Spanish after being translated', async () => {
    const campaign = (await find('press-releases', { slug: { equals: 'campana-registro-consular' }, mission: { exists: false } })).docs[0] as Record<string, any>
    expect(campaign.translationStatus).toEqual({ source: 'es', es: 'source', en: 'outdated', fr: 'outdated', zh: 'outdated', ar: 'outdated' })
    const { docs: [madrid] } = await t.payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })
    const mobile = (await find('press-releases', { mission: { equals: madrid.id }, 'translationStatus.en': { equals: 'outdated' } })).docs
    expect(mobile.length).toBeGreaterThanOrEqual(1)
    const about = (await find('mission-pages', { mission: { equals: madrid.id }, kind: { equals: 'about' } })).docs[0] as Record<string, any>
    expect(about.translationStatus).toMatchObject({ es: 'source', en: 'outdated' })
  })

  it('gives the demo mission editor a list with Madrid’s outdated English, nothing outside Madrid and Barcelona; the ministry sees missing and outdated work', async () => {
    const { docs: [editor] } = await t.payload.find({ collection: 'users', where: { email: { equals: 'madrid@chancery.example' } }, depth: 0 })
    const queue = await loadTranslationQueue(t.payload, { user: { ...editor, collection: 'users' } as never })
    const english = queue.languages.find((l) => l.code === 'en')!
    expect(english.outdated).toBeGreaterThanOrEqual(2)
    const missions = new Set(queue.languages.flatMap((l) => l.entries.map((e) => e.mission?.slug)))
    expect(missions).toContain('madrid')
    expect([...missions].every((slug) => slug === 'madrid' || slug === 'barcelona')).toBe(true)

    const { docs: [admin] } = await t.payload.find({ collection: 'users', where: { role: { equals: 'ministry-admin' } }, depth: 0 })
    const network = await loadTranslationQueue(t.payload, { user: { ...admin, collection: 'users' } as never })
    expect(network.languages.find((l) => l.code === 'fr')!.missing).toBeGreaterThan(0)
    expect(network.languages.find((l) => l.code === 'ar')!.outdated).toBeGreaterThanOrEqual(1)
  })
})

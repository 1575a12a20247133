import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadNetwork } from '../../src/content/loadNetwork'
import { missionSiteView } from '../../src/content/missionSiteView'
import { loadTranslationQueue, TranslationQueueError } from '../../src/translations/translationQueue'
import { createMission } from '../collections/helpers/missions'
import { restClient, tokenFor, withoutJobRunner, type Rest } from '../support/restRequest'
import { startTestPayload, type TestPayload } from '../support/testPayload'

/**
 * Issue 17, translations: every save keeps each language's status (source, translated,
 * outdated, missing) and the languages that need translating, on a real SQLite database
 * through the Local API and REST; publishing half a translation is refused.
 */
let t: TestPayload
let restoreJobs: () => void
let madrid: string
let paris: string
const PASSWORD = 'translations-test-password-0123'
const users = {} as Record<'editor' | 'missionEditor', { user: any; rest: Rest }>
let anonymous: Rest

beforeAll(async () => {
  restoreJobs = withoutJobRunner()
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  paris = (await createMission(t.payload, 'paris', { hostCountry: 'FR', city: 'París', siteLocales: ['fr', 'es', 'en'], defaultLocale: 'fr' })).id
  await t.payload.updateGlobal({ slug: 'ministry', data: { name: 'Ministerio de Relaciones Exteriores', baseUrl: 'https://www.example.gob.ec' } as never })
  for (const [key, role, missions] of [['editor', 'ministry-editor', []], ['missionEditor', 'mission-editor', [madrid]]] as const) {
    const email = `${key.toLowerCase()}@translations.example.org`
    const user = await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: key, role, missions: [...missions] } as never })
    users[key] = { user: { ...user, collection: 'users' }, rest: restClient(t, await tokenFor(t, email, PASSWORD)) }
  }
  anonymous = restClient(t)
})
afterAll(async () => {
  await t?.close()
  restoreJobs?.()
})

type Collection = 'press-releases' | 'mission-pages' | 'travel-advice'
const body = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
  ] },
})

/** The status as the admin's list reads it: the latest version, drafts included. */
async function statusOf(collection: Collection, id: string, draft = true) {
  const doc = (await t.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, draft })) as Record<string, any>
  const { source, ...languages } = doc.translationStatus ?? {}
  return { source, languages: Object.fromEntries(Object.entries(languages).filter(([, v]) => v !== null)), needs: doc.needsTranslation }
}

/** What a document written before translation tracking holds: none of its fields, in the document and its versions (as an import writes it). */
async function forgetTranslationFields(id: string) {
  const db = t.payload.db
  const empty = { translationStatus: { source: null, es: null, en: null, fr: null, zh: null, ar: null }, needsTranslation: [], translationEditedAt: {} }
  const doc = await db.findOne<Record<string, any> & { id: string }>({ collection: 'press-releases', where: { id: { equals: id } } })
  await db.updateOne({ collection: 'press-releases', id, data: { ...doc, ...empty } })
  const { docs } = await db.findVersions<Record<string, any>>({ collection: 'press-releases', where: { parent: { equals: id } }, limit: 0, pagination: false })
  for (const { id: versionId, ...version } of docs as Record<string, any>[]) {
    await db.updateVersion({ collection: 'press-releases', id: versionId, versionData: { ...version, version: { ...version.version, ...empty } } as never })
  }
}

let serial = 0
async function publishRelease(mission: string | null, text: Record<string, unknown> = {}) {
  serial += 1
  return t.payload.create({
    collection: 'press-releases', locale: 'es', depth: 0,
    data: { title: `Comunicado ${serial}`, summary: 'Resumen.', slug: `comunicado-${serial}`, mission, _status: 'published', ...text } as never,
  })
}
const save = (id: string, locale: string, data: Record<string, unknown>, options: { draft?: boolean } = {}) =>
  t.payload.update({ collection: 'press-releases', id, locale: locale as never, depth: 0, data: { ...(options.draft ? {} : { _status: 'published' }), ...data } as never, draft: options.draft })

describe('a release’s translation status follows its saves', () => {
  it('created in the source language: the mission’s other languages are missing', async () => {
    const release = await publishRelease(madrid)
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'missing' }, needs: ['en'] })
  })

  it('a translation makes it translated; editing the source makes it outdated; editing the translation makes it translated again', async () => {
    const release = await publishRelease(madrid)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'translated' }, needs: [] })

    await save(release.id, 'es', { summary: 'Resumen corregido.' })
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'outdated' }, needs: ['en'] })

    await save(release.id, 'en', { summary: 'Corrected summary.' })
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'translated' }, needs: [] })
  })

  it('a save that changes no text of the source (another field, a publication, the same text again) leaves the translations as they were', async () => {
    const release = await publishRelease(madrid, { body: body('Texto.') })
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.', body: body('Text.') })
    const topic = await t.payload.create({ collection: 'topics', data: { name: 'Consular', slug: `consular-${serial}` } })
    await save(release.id, 'es', { topics: [topic.id] })
    const stored = (await t.payload.findByID({ collection: 'press-releases', id: release.id, locale: 'es', depth: 0 })) as Record<string, any>
    // What the admin's form sends back: every field as it was read.
    await save(release.id, 'es', { title: stored.title, summary: stored.summary, body: stored.body, slug: stored.slug })
    await save(release.id, 'es', { title: stored.title }, { draft: true })
    await save(release.id, 'es', {})
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'translated' }, needs: [] })
  })

  it('a translation without the body the source has is missing, and says so', async () => {
    const release = await publishRelease(madrid, { body: body('Texto.') })
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    expect(await statusOf('press-releases', release.id)).toMatchObject({ languages: { es: 'source', en: 'missing' }, needs: ['en'] })
  })

  it('a draft of the source outdates the translation in the latest version, while the published release stays as published', async () => {
    const release = await publishRelease(madrid)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(release.id, 'es', { summary: 'Borrador de resumen.' }, { draft: true })
    expect((await statusOf('press-releases', release.id, true)).languages).toEqual({ es: 'source', en: 'outdated' })
    expect((await statusOf('press-releases', release.id, false)).languages).toEqual({ es: 'source', en: 'translated' })
  })

  it('follows the mission’s default language as source: a Paris release is written in French first', async () => {
    const release = await t.payload.create({
      collection: 'press-releases', locale: 'fr', depth: 0,
      data: { title: 'Communiqué', summary: 'Résumé.', slug: 'communique', mission: paris, _status: 'published' } as never,
    })
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'fr', languages: { fr: 'source', es: 'missing', en: 'missing' }, needs: ['es', 'en'] })
  })

  it('a ministry release is judged in every language of the network, Spanish first', async () => {
    const release = await publishRelease(null)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    expect(await statusOf('press-releases', release.id)).toEqual({
      source: 'es', languages: { es: 'source', en: 'translated', fr: 'missing', zh: 'missing', ar: 'missing' }, needs: ['fr', 'zh', 'ar'],
    })
  })

  it('a duplicate keeps the status of what it copies', async () => {
    const release = await publishRelease(madrid)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(release.id, 'es', { summary: 'Otro resumen.' })
    const copy = await t.payload.duplicate({ collection: 'press-releases', id: release.id, locale: 'es', depth: 0, data: { slug: `copia-${serial}` } as never })
    expect(await statusOf('press-releases', copy.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'outdated' }, needs: ['en'] })
  })

  it('restoring a version restores the status its languages had then', async () => {
    const release = await publishRelease(madrid)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(release.id, 'es', { summary: 'Resumen nuevo.' })
    expect((await statusOf('press-releases', release.id)).languages.en).toBe('outdated')
    const { docs } = await t.payload.findVersions({ collection: 'press-releases', where: { parent: { equals: release.id } }, sort: 'createdAt', depth: 0, pagination: false })
    await t.payload.restoreVersion({ collection: 'press-releases', id: docs[1].id, depth: 0 })
    expect(await statusOf('press-releases', release.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'translated' }, needs: [] })
  })
})

describe('mission pages and travel advice', () => {
  it('a mission page needs what its mission publishes; its optional summary counts once the source has one', async () => {
    const page = await t.payload.create({ collection: 'mission-pages', locale: 'es', depth: 0, data: { mission: madrid, kind: 'about', title: 'La embajada', _status: 'published' } as never })
    expect(await statusOf('mission-pages', page.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'missing' }, needs: ['en'] })
    await t.payload.update({ collection: 'mission-pages', id: page.id, locale: 'en', depth: 0, data: { title: 'The embassy', _status: 'published' } as never })
    expect((await statusOf('mission-pages', page.id)).languages.en).toBe('translated')
    await t.payload.update({ collection: 'mission-pages', id: page.id, locale: 'es', depth: 0, data: { summary: 'Quiénes somos.', _status: 'published' } as never })
    expect((await statusOf('mission-pages', page.id)).languages.en).toBe('missing')
  })

  it('travel advice is judged in the network’s languages; its change note is not text to translate', async () => {
    const advice = await t.payload.create({
      collection: 'travel-advice', locale: 'es', depth: 0,
      data: { country: 'PE', level: 'normal', summary: 'Precauciones normales.', changeNote: 'Primera publicación.', _status: 'draft' } as never,
      draft: true,
    })
    await t.payload.update({ collection: 'travel-advice', id: advice.id, locale: 'en', depth: 0, draft: true, data: { summary: 'Normal precautions.' } as never })
    expect(await statusOf('travel-advice', advice.id)).toEqual({
      source: 'es', languages: { es: 'source', en: 'translated', fr: 'missing', zh: 'missing', ar: 'missing' }, needs: ['fr', 'zh', 'ar'],
    })
  })
})

describe('finding what needs translating', () => {
  it('the Local API filters on needsTranslation, drafts included', async () => {
    const outdated = await publishRelease(madrid)
    await save(outdated.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(outdated.id, 'es', { summary: 'Cambio.' })
    const done = await publishRelease(madrid)
    await save(done.id, 'en', { title: 'Release', summary: 'Summary.' })
    const { docs } = await t.payload.find({ collection: 'press-releases', where: { needsTranslation: { equals: 'en' } }, draft: true, depth: 0, pagination: false })
    const ids = docs.map((d) => d.id)
    expect(ids).toContain(outdated.id)
    expect(ids).not.toContain(done.id)
  })

  it('REST filters on it for signed-in staff, never shows it to anonymous readers, and ignores it when a client sends it', async () => {
    const outdated = await publishRelease(madrid)
    await save(outdated.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(outdated.id, 'es', { summary: 'Cambio.' })
    const listed = await users.editor.rest('GET', '/api/press-releases?where[needsTranslation][equals]=en&draft=true&depth=0&limit=100')
    expect(listed.status).toBe(200)
    const doc = listed.json.docs.find((d: any) => d.id === outdated.id)
    expect(doc.translationStatus).toMatchObject({ source: 'es', es: 'source', en: 'outdated' })
    expect(doc).not.toHaveProperty('translationEditedAt')

    const published = await anonymous('GET', `/api/press-releases/${outdated.id}?depth=0`)
    expect(published.status).toBe(200)
    expect(published.json.title).toBe(`Comunicado ${serial}`)
    for (const field of ['translationStatus', 'needsTranslation', 'translationEditedAt']) expect(published.json).not.toHaveProperty(field)

    const sent = await users.editor.rest('PATCH', `/api/press-releases/${outdated.id}?locale=es&depth=0`, { needsTranslation: [], translationStatus: { en: 'translated' } })
    expect(sent.status).toBe(200)
    expect(await statusOf('press-releases', outdated.id)).toMatchObject({ languages: { en: 'outdated' }, needs: ['en'] })
  })

  it('REST filters on one language’s state too', async () => {
    const outdated = await publishRelease(madrid)
    await save(outdated.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(outdated.id, 'es', { summary: 'Cambio.' })
    const missing = await publishRelease(madrid)
    const listed = await users.editor.rest('GET', '/api/press-releases?where[translationStatus.en][equals]=outdated&draft=true&depth=0&limit=100')
    expect(listed.status).toBe(200)
    const ids = listed.json.docs.map((d: any) => d.id)
    expect(ids).toContain(outdated.id)
    expect(ids).not.toContain(missing.id)
  })

  it('a mission editor’s draft of the translation, sent over REST, makes it translated in the latest version', async () => {
    const release = await publishRelease(madrid)
    const answer = await users.missionEditor.rest('PATCH', `/api/press-releases/${release.id}?locale=en&draft=true&depth=0`, { title: 'Release', summary: 'Summary.' })
    expect(answer.status).toBe(200)
    expect((await statusOf('press-releases', release.id)).languages.en).toBe('translated')
  })
})

describe('half a translation is never published', () => {
  it('refuses to publish while a language has a title but no summary, naming both; the site shows the whole Spanish text meanwhile', async () => {
    const release = await publishRelease(madrid, { title: 'Feria del libro', summary: 'La embajada presenta autores.' })
    await save(release.id, 'en', { title: 'Book fair' }, { draft: true })
    expect(await statusOf('press-releases', release.id)).toMatchObject({ languages: { en: 'missing' }, needs: ['en'] })

    await expect(save(release.id, 'es', { summary: 'La embajada presenta a sus autores.' })).rejects.toThrow(
      'Not published: half a translation would go live. English (en) has title but no summary. Complete that language, or empty it, then publish.',
    )
    const site = missionSiteView(await loadNetwork(t.payload), 'madrid', 'en')
    // Marked as Spanish, so that the English page gives those texts their own language.
    expect(site.releases.find((r) => r.id === release.id)).toMatchObject({ title: 'Feria del libro', summary: 'La embajada presenta autores.', textLanguages: { title: 'es', summary: 'es' } })

    await save(release.id, 'en', { summary: 'The embassy presents authors.' }, { draft: true })
    await save(release.id, 'es', {})
    const after = missionSiteView(await loadNetwork(t.payload), 'madrid', 'en')
    expect(after.releases.find((r) => r.id === release.id)).toMatchObject({ title: 'Book fair', summary: 'The embassy presents authors.' })
    expect(after.releases.find((r) => r.id === release.id)?.textLanguages).toBeUndefined()
  })

  it('publishes a translation without the body the source has: title and summary translated, the body falls back on its own', async () => {
    const release = await publishRelease(madrid, { body: body('Texto completo.') })
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    const view = missionSiteView(await loadNetwork(t.payload), 'madrid', 'en').releases.find((r) => r.id === release.id)!
    expect(view).toMatchObject({ title: 'Release', summary: 'Summary.' })
    expect(view.bodyHtml).toContain('Texto completo.')
    expect(view.textLanguages).toEqual({ body: 'es' })
  })
})

describe('a mission’s languages change', () => {
  it('its documents’ stored status follows, draft and published, without a new version or a change to their text', async () => {
    const release = await publishRelease(madrid)
    await save(release.id, 'en', { title: 'Release', summary: 'Summary.' })
    await save(release.id, 'es', { summary: 'Borrador.' }, { draft: true })
    const read = () => t.payload.findByID({ collection: 'press-releases', id: release.id, locale: 'all', depth: 0, draft: true, showHiddenFields: true }) as Promise<Record<string, any>>
    const before = await read()
    const versions = async () => (await t.payload.countVersions({ collection: 'press-releases', where: { parent: { equals: release.id } } })).totalDocs
    const versionsBefore = await versions()

    await t.payload.update({ collection: 'missions', id: madrid, data: { siteLocales: ['es', 'en', 'fr'] } as never, depth: 0 })
    expect(await statusOf('press-releases', release.id, true)).toEqual({ source: 'es', languages: { es: 'source', en: 'outdated', fr: 'missing' }, needs: ['en', 'fr'] })
    expect(await statusOf('press-releases', release.id, false)).toEqual({ source: 'es', languages: { es: 'source', en: 'translated', fr: 'missing' }, needs: ['fr'] })
    const after = await read()
    const { translationStatus: _a, needsTranslation: _b, ...textBefore } = before
    const { translationStatus: _c, needsTranslation: _d, ...textAfter } = after
    expect(textAfter).toEqual(textBefore)
    expect(await versions()).toBe(versionsBefore)

    await t.payload.update({ collection: 'missions', id: madrid, data: { siteLocales: ['es', 'en'] } as never, depth: 0 })
    expect((await statusOf('press-releases', release.id, false)).needs).toEqual([])
  })
})

describe('the translations view’s list', () => {
  it('lists, per language, what needs translating in the signed-in user’s scope, with links to the document in that language', async () => {
    const madridRelease = await publishRelease(madrid, { title: 'Noticia de Madrid' })
    await save(madridRelease.id, 'en', { title: 'Madrid news', summary: 'Summary.' })
    await save(madridRelease.id, 'es', { summary: 'Resumen corregido.' })
    const parisRelease = await t.payload.create({
      collection: 'press-releases', locale: 'fr', depth: 0,
      data: { title: 'Nouvelles de Paris', summary: 'Résumé.', slug: 'nouvelles', mission: paris, _status: 'published' } as never,
    })
    const ministryRelease = await publishRelease(null, { title: 'Noticia del ministerio' })

    const network = await loadTranslationQueue(t.payload, { user: users.editor.user })
    expect(network.available).toEqual(['es', 'en', 'fr', 'zh', 'ar'])
    const english = network.languages.find((l) => l.code === 'en')!
    const entry = english.entries.find((e) => e.id === madridRelease.id)!
    expect(entry).toMatchObject({ state: 'outdated', title: 'Noticia de Madrid', mission: { slug: 'madrid' }, collectionLabel: 'Press release' })
    expect(entry.editUrl).toBe(`/admin/collections/press-releases/${madridRelease.id}?locale=en`)
    // Outdated first: they are live and wrong.
    expect(english.entries[0].state).toBe('outdated')
    expect(english.entries.map((e) => e.id)).toEqual(expect.arrayContaining([parisRelease.id, ministryRelease.id]))
    expect(network.languages.find((l) => l.code === 'es')!.entries.map((e) => e.id)).toContain(parisRelease.id)

    const own = await loadTranslationQueue(t.payload, { user: users.missionEditor.user })
    expect(own.scope).toEqual({ kind: 'missions', missionIds: [madrid] })
    expect(own.available).toEqual(['es', 'en'])
    const ownIds = own.languages.flatMap((l) => l.entries.map((e) => e.id))
    expect(ownIds).toContain(madridRelease.id)
    expect(ownIds).not.toContain(parisRelease.id)
    expect(ownIds).not.toContain(ministryRelease.id)
    expect(own.languages.flatMap((l) => l.entries).every((e) => e.mission?.slug === 'madrid')).toBe(true)

    const frenchOnly = await loadTranslationQueue(t.payload, { user: users.editor.user, language: 'fr' })
    expect(frenchOnly.languages.map((l) => l.code)).toEqual(['fr'])
  })

  it('computes on read the status of documents stored before statuses were kept (an import of an older archive)', async () => {
    const untranslated = await publishRelease(madrid, { title: 'Noticia antigua' })
    const translated = await publishRelease(madrid, { title: 'Noticia antigua traducida' })
    await save(translated.id, 'en', { title: 'Old news', summary: 'Summary.' })
    for (const id of [untranslated.id, translated.id]) await forgetTranslationFields(id)
    expect(await statusOf('press-releases', untranslated.id)).toEqual({ source: null, languages: {}, needs: [] })

    const english = (await loadTranslationQueue(t.payload, { user: users.editor.user, language: 'en' })).languages[0]
    expect(english.entries.find((e) => e.id === untranslated.id)).toMatchObject({ state: 'missing', missingFields: ['title', 'summary'], editedAt: null })
    expect(english.entries.find((e) => e.id === translated.id)).toBeUndefined()

    // Its next save stores it.
    await save(untranslated.id, 'es', {})
    expect(await statusOf('press-releases', untranslated.id)).toEqual({ source: 'es', languages: { es: 'source', en: 'missing' }, needs: ['en'] })
  })

  it('refuses anonymous readers and a language the network does not have, by name', async () => {
    await expect(loadTranslationQueue(t.payload, { user: null })).rejects.toThrow(new TranslationQueueError(401, 'Sign in to see what needs translating.'))
    await expect(loadTranslationQueue(t.payload, { user: users.editor.user, language: 'de' })).rejects.toThrow(/language: "de" is not a language of the network/)
  })
})

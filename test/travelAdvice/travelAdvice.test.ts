import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const ADVICE = 'travel-advice' as CollectionSlug
const JOBS = 'payload-jobs' as CollectionSlug
const MINISTRY_URL = 'https://www.cancilleria.example.gob.ec/'

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: (() => void) | undefined

type Doc = Record<string, any>

const create = (data: Doc, options: { draft?: boolean; locale?: string } = {}) =>
  payload.create({ collection: ADVICE, data: data as never, depth: 0, ...options } as never) as Promise<Doc>
const update = (id: string, data: Doc, options: { draft?: boolean; locale?: string } = {}) =>
  payload.update({ collection: ADVICE, id, data: data as never, depth: 0, ...options } as never) as Promise<Doc>
const readAll = (id: string) => payload.findByID({ collection: ADVICE, id, depth: 0, locale: 'all' } as never) as Promise<Doc>

/** Every generated file's text, by path under the output folder. */
function generated(): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name)
      if (e.isDirectory() || (e.isSymbolicLink() && fs.statSync(full).isDirectory())) {
        if (e.name !== '.chancery') walk(full)
      } else files.set(path.relative(out, full), fs.readFileSync(full, 'utf8'))
    }
  }
  if (fs.existsSync(out)) walk(out)
  return files
}

/** Runs the scheduled publications that are due; the site rebuilds they queue are left to `build`. */
async function runDuePublications(): Promise<void> {
  await payload.delete({ collection: JOBS, where: { taskSlug: { equals: 'rebuildSites' } } })
  await payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'schedulePublish' } } } as never)
  await payload.delete({ collection: JOBS, where: { taskSlug: { equals: 'rebuildSites' } } })
}

const build = () => buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2030-01-01' })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  out = path.join(t.dataDir, 'sites')
  // Rebuild jobs the saves queue write here, never into the checkout's dist/.
  restoreSitesDir = pointSitesDirAt(out)
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', shortName: 'Cancillería', baseUrl: MINISTRY_URL } as never })
  await payload.create({
    collection: 'missions',
    data: { name: 'Embajada en Lima', slug: 'lima', type: 'embassy', hostCountry: 'PE', city: 'Lima', siteLocales: ['es', 'en'], defaultLocale: 'es', baseUrl: 'https://lima.example.gob.ec/', jurisdiction: [{ country: 'BO' }] } as never,
  })
}, 120_000)

afterAll(async () => {
  vi.useRealTimers()
  await t?.close()
  restoreSitesDir?.()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the history of published changes', () => {
  it('records a publish as a change with its level, note and date; a translation of the same note completes it; a new note adds one', async () => {
    const doc = await create({ country: 'CL', level: 'exercise-normal-precautions', summary: 'Precauciones habituales.', changeNote: 'Primera publicación.', _status: 'published' }, { locale: 'es' })
    expect(doc.changes).toHaveLength(1)
    expect(doc.reviewedAt).toBeTruthy()

    await update(doc.id, { summary: 'Normal precautions.', changeNote: 'First publication.', _status: 'published' }, { locale: 'en' })
    let stored = await readAll(doc.id)
    expect(stored.changes).toHaveLength(1)
    expect(stored.changes[0].note).toEqual({ es: 'Primera publicación.', en: 'First publication.' })

    await update(doc.id, { level: 'reconsider-travel', changeNote: 'Nivel elevado por disturbios.', majorChange: true, _status: 'published' }, { locale: 'es' })
    stored = await readAll(doc.id)
    expect(stored.changes.map((c: Doc) => [c.note.es, c.major, c.level])).toEqual([
      ['Primera publicación.', false, 'exercise-normal-precautions'],
      ['Nivel elevado por disturbios.', true, 'reconsider-travel'],
    ])
    // The earlier change keeps its date; the new one is later or equal.
    expect(stored.changes[1].at >= stored.changes[0].at).toBe(true)
  })

  it('keeps a draft save out of the history and refuses a history sent by the request', async () => {
    const doc = await create({ country: 'AR', level: 'exercise-normal-precautions', summary: 'Resumen.', changeNote: 'Publicada.', _status: 'published' })
    await update(doc.id, { summary: 'Borrador.', changeNote: 'Otra nota.', changes: [{ at: '2000-01-01T00:00:00.000Z', major: true, note: { es: 'Inventado' } }] }, { draft: true })
    const published = (await payload.findByID({ collection: ADVICE, id: doc.id, depth: 0, locale: 'all', draft: false } as never)) as Doc
    expect(published.changes.map((c: Doc) => c.note.es)).toEqual(['Publicada.'])
    const draft = (await payload.findByID({ collection: ADVICE, id: doc.id, depth: 0, locale: 'all', draft: true } as never)) as Doc
    expect(draft.changes.map((c: Doc) => c.note.es)).toEqual(['Publicada.'])
  })

  it('refuses to publish without a change note in the default language, naming the field', async () => {
    await expect(create({ country: 'UY', level: 'exercise-normal-precautions', summary: 'Resumen.', _status: 'published' })).rejects.toThrow(/changeNote/)
  })

  it('refuses a country that is not an ISO 3166-1 code and a second advice for the same country', async () => {
    await expect(create({ country: 'XX', level: 'do-not-travel', summary: 'x', changeNote: 'x', _status: 'published' })).rejects.toThrow(/country/i)
    await expect(create({ country: 'CL', level: 'do-not-travel', summary: 'x', changeNote: 'x', _status: 'published' })).rejects.toThrow()
  })
})

describe('a scheduled advice', () => {
  it('appears in no generated file, feed or open data before its time, and everywhere after', async () => {
    const at = new Date('2031-06-01T12:00:00.000Z')
    const draft = await create({
      country: 'PE', level: 'do-not-travel', summary: 'Zumbayllu programado.', changeNote: 'Nivel 4 desde junio.', majorChange: true,
      regions: [{ name: 'Cusco', level: 'reconsider-travel' }], _status: 'draft',
    }, { draft: true })
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: ADVICE, value: draft.id } }, waitUntil: at } as never)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(at.getTime() - 60_000))
    await runDuePublications()
    await build()
    const before = generated()
    expect(before.size).toBeGreaterThan(0)
    expect(before.has('ministry/es/travel/index.html')).toBe(true)
    for (const [file, text] of before) {
      expect(file).not.toMatch(/travel\/pe\//)
      expect(text, file).not.toContain('Zumbayllu')
      expect(text, file).not.toContain('/travel/pe/')
    }
    expect(JSON.parse(before.get('ministry/data/travel-advice.json')!).countries.map((c: Doc) => c.country)).not.toContain('PE')

    vi.setSystemTime(new Date(at.getTime() + 60_000))
    await runDuePublications()
    const published = await readAll(draft.id)
    expect(published._status).toBe('published')
    expect(published.changes).toHaveLength(1)
    expect(published.changes[0].at >= at.toISOString()).toBe(true)
    await build()
    const after = generated()
    expect(after.get('ministry/es/travel/pe/index.html')).toContain('Zumbayllu programado.')
    expect(after.get('ministry/es/travel/index.html')).toContain('travel/pe/')
    expect(after.get('ministry/es/travel/feed.xml')).toContain('Nivel 4 desde junio.')
    expect(after.get('ministry/es/travel/pe/feed.xml')).toContain('Nivel 4 desde junio.')
    expect(after.get('ministry/es/travel/major/feed.json')).toContain('Nivel 4 desde junio.')
    const pe = JSON.parse(after.get('ministry/data/travel-advice.json')!).countries.find((c: Doc) => c.country === 'PE')
    expect(pe).toMatchObject({ level: 4, highestLevel: 4, regions: [{ name: 'Cusco', level: 3 }] })
    expect(after.get('ministry/data/travel-advice.csv')).toMatch(/\r\nPE,/)
    // The mission in Peru shows the level on its home page and links to the advice.
    expect(after.get('lima/es/index.html')).toContain('<span class="advice-level advice-level--4">Nivel 4 · No viaje</span>')
    expect(after.get('lima/es/index.html')).toContain(`href="${MINISTRY_URL}es/travel/pe/"`)
    expect(after.get('lima/en/index.html')).toContain(`href="${MINISTRY_URL}en/travel/pe/"`)
  }, 120_000)
})

describe('the live rebuild after a publish', () => {
  it('queues the sites of the missions serving the country (host or jurisdiction)', async () => {
    await payload.delete({ collection: JOBS, where: { taskSlug: { equals: 'rebuildSites' } } })
    await create({ country: 'BO', level: 'exercise-increased-caution', summary: 'Bolivia.', changeNote: 'Publicada.', _status: 'published' })
    const { docs } = await payload.find({ collection: JOBS, where: { taskSlug: { equals: 'rebuildSites' } }, depth: 0 })
    expect(docs.map((j) => (j as Doc).input.missions)).toEqual([['lima']])
  })
})

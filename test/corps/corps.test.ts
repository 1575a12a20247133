import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSites } from '../../src/build/buildSites'
import { LOCALE_CODES } from '../../src/config/locales'
import { corpsPaths } from '../../src/corps/corpsPaths'
import { CORPS_COLLECTION } from '../../src/corps/loadCorps'
import { CORPS_CSV_COLUMNS } from '../../src/corps/openData'
import { PLATFORMS } from '../../src/seed/data/platforms'
import { platformDocument } from '../../src/seed/steps/platforms'
import { signIn } from '../support/accessFixture'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const MINISTRY_URL = 'https://www.cancilleria.example.gob.ec/'
const PASSWORD = 'corps-test-password-0001'
const DRAFT_MARKER = 'DRAFT-ONLY'

type Doc = Record<string, any>
type User = NonNullable<PayloadRequest['user']>

let t: TestPayload
let payload: Payload
let out: string
let restoreSitesDir: (() => void) | undefined
const platform: Record<string, string> = {}
const users = {} as Record<'ministry-editor' | 'mission-editor', User>
const ids = {} as Record<'mx' | 'ru' | 'es' | 'esGye' | 'se' | 'undp' | 'draft', string>

const create = (data: Doc, options: { draft?: boolean; locale?: string } = {}) =>
  payload.create({ collection: CORPS_COLLECTION, data: data as never, depth: 0, ...options } as never) as Promise<Doc>
const count = async () => (await payload.count({ collection: CORPS_COLLECTION })).totalDocs

/** The field paths a refused save names. */
async function refusedPaths(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(() => null, (e: unknown) => e as { data?: { errors?: { path: string }[] }; message?: string })
  expect(error, 'the save was refused').not.toBeNull()
  return (error!.data?.errors ?? []).map((e) => e.path)
}

const embassy = (state: string, date: string, over: Doc = {}): Doc => ({
  kind: 'embassy', sendingState: state, address: { street: `Calle ${state} 1`, city: 'Quito' },
  head: { name: `Head of ${state}`, title: 'Embajador', class: 'ambassador', credentialsDate: date }, _status: 'published', ...over,
})

function file(relative: string): string {
  return fs.readFileSync(path.join(out, 'ministry', relative), 'utf8')
}

/** The ids of the `<section aria-labelledby="corps-…">` headings, in page order. */
const sectionOrder = (page: string) => [...page.matchAll(/<section aria-labelledby="corps-([^"]+)">/g)].map((m) => m[1])

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  out = path.join(t.dataDir, 'sites')
  restoreSitesDir = pointSitesDirAt(out)
  await payload.updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: MINISTRY_URL } as never })
  for (const slug of ['x', 'facebook']) {
    platform[slug] = String((await payload.create({ collection: 'social-platforms', data: platformDocument(PLATFORMS.find((p) => p.slug === slug)!) as never })).id)
  }
  const mission = await payload.create({
    collection: 'missions',
    data: { name: 'Embajada en Lima', slug: 'lima', type: 'embassy', hostCountry: 'PE', city: 'Lima', siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://lima.example.gob.ec/' } as never,
  })
  // The first account becomes an administrator, whatever it asks for.
  await payload.create({ collection: 'users', data: { email: 'admin@corps.example.org', password: PASSWORD, name: 'Admin', role: 'ministry-admin' } as never })
  for (const role of ['ministry-editor', 'mission-editor'] as const) {
    const email = `${role}@corps.example.org`
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: role, role, missions: role === 'mission-editor' ? [mission.id] : [] } as never })
    users[role] = await signIn(payload, email, PASSWORD)
  }

  // The demo's corps in miniature, created in an order that is neither precedence nor alphabet.
  ids.mx = (await create(embassy('MX', '2023-11-14T15:00:00.000Z', {
    nationalDay: '09-16', phone: '+593 2 555 0101', email: 'embajada.mexico@example.org', website: 'https://mexico.embassy.example.org/',
    socialAccounts: [{ platform: platform.x, url: 'https://twitter.com/#!/EmbaMX_Ejemplo' }, { platform: platform.facebook, url: 'm.facebook.com/EmbaMexEjemplo' }],
  }))).id
  ids.ru = (await create(embassy('RU', '2021-03-09T15:00:00.000Z', { nationalDay: '06-12' }))).id
  ids.es = (await create(embassy('ES', '2022-09-20T15:00:00.000Z', { nationalDay: '10-12' }))).id
  ids.se = (await create({
    kind: 'honorary-consulate', sendingState: 'SE', address: { city: 'Quito' }, head: { name: 'Erik Exempelsson', title: 'Cónsul Honorario', class: 'consul-general', credentialsDate: '2010-01-01T15:00:00.000Z' },
    nationalDay: '06-06', _status: 'published',
  })).id
  ids.esGye = (await create({
    kind: 'consulate-general', sendingState: 'ES', address: { city: 'Guayaquil' }, head: { name: 'Diego Modelo', title: 'Cónsul General', class: 'consul-general', credentialsDate: '2022-10-03T15:00:00.000Z' },
    _status: 'published',
  })).id
  ids.undp = (await create({
    kind: 'international-organisation', organisation: 'Programa de las Naciones Unidas para el Desarrollo', acronym: 'PNUD', address: { city: 'Quito' },
    head: { name: 'Grace Sample', title: 'Representante Residente', class: 'representative' }, _status: 'published',
  }, { locale: 'es' })).id
  await payload.update({ collection: CORPS_COLLECTION, id: ids.undp, locale: 'zh', data: { organisation: '联合国开发计划署', _status: 'published' } as never })
  // Never published: an embassy of Argentina, and a revision of Russia's head waiting as a draft.
  ids.draft = (await create(embassy('AR', '2000-01-01T15:00:00.000Z', { head: { name: `${DRAFT_MARKER} head`, class: 'ambassador' }, _status: 'draft' }), { draft: true })).id
  await payload.update({ collection: CORPS_COLLECTION, id: ids.ru, draft: true, data: { head: { name: `${DRAFT_MARKER} new head`, class: 'ambassador' } } as never })

  await buildSites(payload, { outDir: out, mediaDir: path.join(t.dataDir, 'media'), today: '2030-01-01', searchIndex: false })
}, 180_000)

afterAll(async () => {
  await t?.close()
  restoreSitesDir?.()
})

describe('an entry of the accredited corps is checked when saved', () => {
  it('refuses a state’s mission without its sending state, and an organisation’s office without its name, naming the field and storing nothing', async () => {
    const before = await count()
    expect(await refusedPaths(create({ kind: 'embassy', address: { city: 'Quito' }, _status: 'published' }))).toEqual(['sendingState'])
    expect(await refusedPaths(create({ kind: 'international-organisation', address: { city: 'Quito' }, _status: 'published' }))).toEqual(['organisation'])
    expect(await count()).toBe(before)
  })

  it('refuses a head whose class belongs to another corps (a consul-general at an embassy’s head)', async () => {
    expect(await refusedPaths(create(embassy('PE', '2024-01-01T00:00:00.000Z', { head: { class: 'consul-general' } })))).toEqual(['head.class'])
  })

  it('refuses a sending state that is not an ISO code, a national day that is not MM-DD, a malformed phone and a website that is not http(s), each by name', async () => {
    const paths = await refusedPaths(create(embassy('XX', '2024-01-01T00:00:00.000Z', { nationalDay: '31-12', phone: 'call us', website: 'javascript:alert(1)' })))
    expect(paths.sort()).toEqual(['nationalDay', 'phone', 'sendingState', 'website'])
  })

  it('stores social accounts in their platform’s canonical form, as the atlas does', async () => {
    const mx = (await payload.findByID({ collection: CORPS_COLLECTION, id: ids.mx, depth: 0 })) as Doc
    expect(mx.socialAccounts.map((a: Doc) => [a.url, a.handle])).toEqual([
      ['https://x.com/EmbaMX_Ejemplo', '@EmbaMX_Ejemplo'],
      ['https://www.facebook.com/EmbaMexEjemplo', '@EmbaMexEjemplo'],
    ])
  })

  it('refuses a look-alike host and the same account twice, naming the row', async () => {
    const lookAlike = create(embassy('PE', '2024-01-01T00:00:00.000Z', { socialAccounts: [{ platform: platform.x, url: 'https://twitter.com.evil.example/EmbPeru' }] }))
    expect(await refusedPaths(lookAlike)).toEqual(['socialAccounts.0.url'])
    const twice = create(embassy('PE', '2024-01-01T00:00:00.000Z', {
      socialAccounts: [{ platform: platform.x, url: '@EmbPeru' }, { platform: platform.x, url: 'https://twitter.com/embperu' }],
    }))
    expect(await refusedPaths(twice)).toEqual(['socialAccounts.1.url'])
  })
})

describe('who may write the accredited corps', () => {
  const as = (user?: User) => ({ overrideAccess: false, user, depth: 0 })

  it('a ministry editor creates, publishes and deletes an entry', async () => {
    const doc = (await payload.create({ collection: CORPS_COLLECTION, data: embassy('CL', '2024-05-05T15:00:00.000Z') as never, ...as(users['ministry-editor']) } as never)) as Doc
    expect(doc._status).toBe('published')
    await payload.delete({ collection: CORPS_COLLECTION, id: doc.id, ...as(users['ministry-editor']) } as never)
  })

  it('a mission editor and an anonymous visitor neither create, change nor delete one, and read only what is published', async () => {
    const before = await count()
    for (const user of [users['mission-editor'], undefined]) {
      await expect(payload.create({ collection: CORPS_COLLECTION, data: embassy('CL', '2024-05-05T15:00:00.000Z') as never, ...as(user) } as never)).rejects.toThrow()
      await expect(payload.update({ collection: CORPS_COLLECTION, id: ids.es, data: { nationalDay: '01-01' } as never, ...as(user) } as never)).rejects.toThrow()
      await expect(payload.delete({ collection: CORPS_COLLECTION, id: ids.es, ...as(user) } as never)).rejects.toThrow()
      await expect(payload.findByID({ collection: CORPS_COLLECTION, id: ids.draft, draft: true, ...as(user) } as never)).rejects.toThrow()
      const ru = (await payload.findByID({ collection: CORPS_COLLECTION, id: ids.ru, draft: true, ...as(user) } as never)) as Doc
      expect(ru.head.name).toBe('Head of RU')
    }
    expect(await count()).toBe(before)
    expect(((await payload.findByID({ collection: CORPS_COLLECTION, id: ids.es, depth: 0 })) as Doc).nationalDay).toBe('10-12')
  })
})

describe('the accredited corps on the ministry’s site', () => {
  it.each(LOCALE_CODES)('%s: writes the directory by country and the order of precedence, linked from the ministry’s home and listed in its sitemap', (locale) => {
    const byCountry = file(`${corpsPaths.byCountry(locale)}index.html`)
    const precedence = file(`${corpsPaths.precedence(locale)}index.html`)
    expect(byCountry).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`)
    expect(precedence).toContain('Head of MX')
    expect(file(`${locale}/index.html`)).toContain(`href="../${locale}/corps/"`)
    const sitemap = file(`${locale}/sitemap.xml`)
    expect(sitemap).toContain(`${MINISTRY_URL}${corpsPaths.byCountry(locale)}`)
    expect(sitemap).toContain(`${MINISTRY_URL}${corpsPaths.precedence(locale)}`)
  })

  it('lists the sending states in each language’s alphabetical order, organisations last', () => {
    const order = Object.fromEntries(LOCALE_CODES.map((l) => [l, sectionOrder(file(`${corpsPaths.byCountry(l)}index.html`))]))
    expect(order).toEqual({
      es: ['ES', 'MX', 'RU', 'SE', 'organisations'], // España, México, Rusia, Suecia
      en: ['MX', 'RU', 'ES', 'SE', 'organisations'], // Mexico, Russia, Spain, Sweden
      fr: ['ES', 'MX', 'RU', 'SE', 'organisations'], // Espagne, Mexique, Russie, Suède
      zh: ['RU', 'MX', 'SE', 'ES', 'organisations'], // é, mò, ruì, xī: 俄罗斯, 墨西哥, 瑞典, 西班牙, by pinyin
      ar: ['ES', 'SE', 'MX', 'RU', 'organisations'], // إسبانيا, السويد, المكسيك, روسيا
    })
    // The organisation's own name in Chinese; Spanish where no translation exists.
    expect(file(`${corpsPaths.byCountry('zh')}index.html`)).toContain('联合国开发计划署')
    expect(file(`${corpsPaths.byCountry('fr')}index.html`)).toContain('Programa de las Naciones Unidas para el Desarrollo')
  })

  it('numbers the diplomatic corps by credentials and the consular corps apart, career before honorary in the same class', () => {
    const page = file(`${corpsPaths.precedence('en')}index.html`)
    const rows = (section: string) => [...page.split(`<section aria-labelledby="corps-${section}">`)[1]!.split('</section>')[0]!.matchAll(/<td class="corps-table__position">(\d+)<\/td><th scope="row">(?:<bdi>)?([^<,]+)/g)].map((m) => `${m[1]} ${m[2]}`)
    expect(rows('diplomatic')).toEqual(['1 Head of RU', '2 Head of ES', '3 Head of MX'])
    expect(rows('consular')).toEqual(['1 Diego Modelo', '2 Erik Exempelsson'])
    expect(page).toContain('<th scope="col">Credentials</th>')
    expect(page).toContain('<th scope="col">Exequatur</th>')
  })

  it('shows neither a draft entry nor the draft revision of a published one, on any page or in the open data', () => {
    const everything = LOCALE_CODES.flatMap((l) => [file(`${corpsPaths.byCountry(l)}index.html`), file(`${corpsPaths.precedence(l)}index.html`)])
    everything.push(file(corpsPaths.json), file(corpsPaths.csv))
    for (const text of everything) {
      expect(text).not.toContain(DRAFT_MARKER)
      expect(text).not.toContain(ids.draft)
    }
  })
})

describe('the accredited corps as open data', () => {
  /** The fields docs/open-data.md documents for these files, and its CSV column list. */
  function documented(): { fields: string[]; csvColumns: string[] } {
    const docs = fs.readFileSync(path.join(process.cwd(), 'docs', 'open-data.md'), 'utf8')
    const section = docs.split('## accredited-corps.json / accredited-corps.csv')[1]!.split('\n## ')[0]!
    const fields = [...section.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]!)
    const columns = section.split('CSV columns, in this order:')[1]!.split(';')[0]!
    return { fields, csvColumns: [...columns.matchAll(/[A-Za-z]+/g)].map((m) => m[0]) }
  }

  it('is JSON that JSON.parse reads, with exactly the documented fields, in the order of precedence', () => {
    const data = JSON.parse(file(corpsPaths.json))
    expect(data).toMatchObject({ publisher: 'Cancillería', homepage: MINISTRY_URL })
    expect(data.modified).toMatch(/^\d{4}-\d\d-\d\dT/)
    const { fields } = documented()
    for (const entry of data.entries) expect(Object.keys(entry).sort()).toEqual([...fields].sort())
    expect(data.entries.map((e: Doc) => [e.sendingState ?? e.acronym, e.corps, e.precedence])).toEqual([
      ['RU', 'diplomatic', 1], ['ES', 'diplomatic', 2], ['MX', 'diplomatic', 3], ['ES', 'consular', 1], ['SE', 'consular', 2], ['PNUD', 'organisations', null],
    ])
    const mx = data.entries.find((e: Doc) => e.sendingState === 'MX')
    expect(mx).toMatchObject({ sendingStateName: 'México', nationalDay: '09-16', socialAccounts: ['https://x.com/EmbaMX_Ejemplo', 'https://www.facebook.com/EmbaMexEjemplo'] })
    expect(data.entries.find((e: Doc) => e.acronym === 'PNUD').organisationNames).toEqual({ es: 'Programa de las Naciones Unidas para el Desarrollo', zh: '联合国开发计划署' })
  })

  it('is CSV that csv-parse reads, with the documented columns in the documented order', () => {
    const rows = parse(file(corpsPaths.csv), { columns: true }) as Record<string, string>[]
    const { csvColumns } = documented()
    expect(csvColumns).toEqual([...CORPS_CSV_COLUMNS])
    expect(Object.keys(rows[0]!)).toEqual(csvColumns)
    expect(rows.map((r) => r.sendingState || r.acronym)).toEqual(['RU', 'ES', 'MX', 'ES', 'SE', 'PNUD'])
    expect(rows.find((r) => r.sendingState === 'MX')!.socialAccounts).toBe('https://x.com/EmbaMX_Ejemplo https://www.facebook.com/EmbaMexEjemplo')
  })
})

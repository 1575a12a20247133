import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { LOCALE_CODES, type LocaleCode } from '../config/locales'
import { renderBanner } from '../seed/images'
import { richText, directionOf } from '../seed/lexical'
import { SEEDING_CONTEXT } from '../seed/writer'
import { insertRows, type SqlClient } from './sqlRows'
import { paragraph, random, sentence } from './syntheticText'

export type NetworkSize = { missions: number; locales: number; releases: number }

/** Fixed, so that two seeds of one size are the same network (and a cached one stays valid). */
export const SEED_EPOCH = Date.UTC(2026, 0, 1, 9, 0, 0)
const HOUR = 60 * 60 * 1000
const MINISTRY_RELEASES = 5
const PAGE_KINDS = ['about', 'bilateral-relations', 'trade-investment', 'tourism', 'culture', 'study'] as const
const TOPICS = ['consular', 'trade', 'culture', 'cooperation', 'elections', 'education', 'tourism', 'security']
const PLATFORMS = [
  { slug: 'x', name: 'X', host: 'x.com' },
  { slug: 'facebook', name: 'Facebook', host: 'facebook.com' },
  { slug: 'instagram', name: 'Instagram', host: 'instagram.com' },
]

export const missionSlug = (index: number) => `mission-${String(index + 1).padStart(4, '0')}`

function sqlClient(payload: Payload): SqlClient {
  const db = payload.db as unknown as { name?: string; client?: SqlClient }
  if (db.name !== 'sqlite' || !db.client) throw new Error('The benchmark seeds a SQLite database; DATABASE_URL must be a file: URL.')
  return db.client
}

const inLocales = <T>(locales: LocaleCode[], value: (l: LocaleCode) => T) => Object.fromEntries(locales.map((l) => [l, value(l)]))

/** Writes the localized values of a document created in the default locale, one Local API update per other locale. */
async function translate(payload: Payload, collection: 'topics' | 'missions' | 'services' | 'media', id: string, locales: LocaleCode[], data: (l: LocaleCode) => Record<string, unknown>) {
  for (const locale of locales.slice(1)) {
    await payload.update({ collection, id, locale, data: data(locale), context: SEEDING_CONTEXT } as Parameters<Payload['update']>[0])
  }
}

/**
 * A synthetic diplomatic network: the shared documents (ministry, topics, platforms, images,
 * services, missions) through the Local API so that they are exactly what editors would save,
 * and the bulk (press releases, mission pages, social accounts) as rows in one transaction,
 * in the tables Payload pushed, because 30,000 Local API creates would take most of an hour.
 */
export async function seedNetwork(payload: Payload, size: NetworkSize): Promise<void> {
  const locales = LOCALE_CODES.slice(0, size.locales)
  const next = random(size.missions * 1_000_003 + size.locales * 1009 + size.releases)
  const ctx = { context: SEEDING_CONTEXT }

  const topicIds: string[] = []
  for (const slug of TOPICS) {
    const doc = await payload.create({ collection: 'topics', locale: 'es', data: { slug, name: sentence('es', next, 2).slice(0, -1) }, ...ctx })
    await translate(payload, 'topics', doc.id, locales, (l) => ({ name: sentence(l, next, 2).slice(0, -1) }))
    topicIds.push(doc.id)
  }
  const platformIds: string[] = []
  for (const p of PLATFORMS) {
    const doc = await payload.create({ collection: 'social-platforms', data: { slug: p.slug, name: p.name, hosts: [{ host: p.host }], urlTemplate: `https://${p.host}/{handle}`, normaliser: 'template' }, ...ctx })
    platformIds.push(doc.id)
  }
  const imageIds: string[] = []
  for (const [i, colours] of [['#0b3d91', '#ffd100'], ['#c8102e', '#ffffff'], ['#1b5e20', '#f5f5f5']].entries()) {
    const data = await renderBanner({ background: colours[0], foreground: colours[1], caption: `Bench ${i + 1}` })
    const doc = await payload.create({
      collection: 'media', locale: 'es', data: { alt: `Imagen de prueba ${i + 1}` },
      file: { data, mimetype: 'image/png', name: `bench-${i + 1}.png`, size: data.length }, ...ctx,
    })
    await translate(payload, 'media', doc.id, locales, (l) => ({ alt: sentence(l, next, 4) }))
    imageIds.push(doc.id)
  }
  await payload.updateGlobal({
    slug: 'ministry', locale: 'es', ...ctx,
    data: { name: 'Ministerio de Relaciones Exteriores', shortName: 'Cancillería', baseUrl: 'https://www.cancilleria.example', emblem: imageIds[0],
      footerText: paragraph('es', next, 1), charter: richText({ paragraphs: [paragraph('es', next, 3)] }) },
  })

  const missionIds: string[] = []
  for (let m = 0; m < size.missions; m++) {
    const slug = missionSlug(m)
    const office = (l: LocaleCode, saved?: Record<string, any>) => ({
      ...(saved ?? {
        isMain: true, address: { street: `Calle ${m + 1}`, postalCode: '28001', city: 'Madrid', country: 'ES' },
        latitude: 40.4 + m / 1000, longitude: -3.7, emergencyPhone: '+34 555 0999', email: `${slug}@missions.cancilleria.example`,
        openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '14:00' }],
      }),
      name: sentence(l, next, 2).slice(0, -1),
      phones: [{ ...(saved?.phones?.[0] ?? { number: `+34 555 01${String(m % 100).padStart(2, '0')}` }), label: sentence(l, next, 1).slice(0, -1) }],
    })
    const text = (l: LocaleCode) => ({
      name: `${sentence(l, next, 1).slice(0, -1)} ${m + 1}`,
      city: sentence(l, next, 1).slice(0, -1),
      headOfMission: { name: 'N. N.', title: sentence(l, next, 1).slice(0, -1) },
    })
    const doc = await payload.create({
      collection: 'missions', locale: 'es', ...ctx,
      data: {
        ...text('es'), slug, type: 'embassy', hostCountry: 'ES', siteLocales: locales, defaultLocale: 'es',
        baseUrl: `https://${slug}.missions.cancilleria.example`, status: 'open', sampleData: true, offices: [office('es')],
      },
    } as Parameters<Payload['create']>[0])
    const saved = (doc as Record<string, any>).offices[0]
    await translate(payload, 'missions', doc.id as string, locales, (l) => ({ ...text(l), offices: [office(l, saved)] }))
    missionIds.push(doc.id as string)
  }
  for (let s = 0; s < 4; s++) {
    const doc = await payload.create({
      collection: 'services', locale: 'es', draft: false, ...ctx,
      data: { title: `${sentence('es', next, 3).slice(0, -1)} ${s + 1}`, slug: `service-${s + 1}`, summary: sentence('es', next, 12),
        body: richText({ paragraphs: [paragraph('es', next, 3), paragraph('es', next, 3)] }), category: 'passports', audience: ['nationals'],
        feeAmount: 30 + s, feeCurrency: 'EUR', missions: missionIds, _status: 'published' },
    } as Parameters<Payload['create']>[0])
    await translate(payload, 'services', doc.id as string, locales, (l) => ({ title: sentence(l, next, 3), summary: sentence(l, next, 12) }))
  }

  await insertBulk(sqlClient(payload), { locales, next, missionIds, topicIds, imageIds, platformIds, releases: size.releases })
}

type Bulk = { locales: LocaleCode[]; next: () => number; missionIds: string[]; topicIds: string[]; imageIds: string[]; platformIds: string[]; releases: number }

function releaseRows(bulk: Bulk, owner: string | null, count: number, stamp: (i: number) => number, draftEvery: number) {
  const { locales, next, topicIds, imageIds } = bulk
  const main: unknown[][] = []
  const texts: unknown[][] = []
  const rels: unknown[][] = []
  for (let i = 0; i < count; i++) {
    const id = randomUUID()
    const at = new Date(stamp(i)).toISOString()
    const draft = draftEvery > 0 && i % draftEvery === draftEvery - 1
    const hero = i % 4 === 0 ? imageIds[i % imageIds.length] : null
    main.push([id, `${owner ? 'release' : 'ministry-release'}-${i + 1}`, hero, draft ? null : at, owner, owner ? 'none' : 'all', at, at, draft ? 'draft' : 'published'])
    for (const l of locales) {
      const body = richText({ paragraphs: [paragraph(l, next, 3), paragraph(l, next, 4), paragraph(l, next, 3)], direction: directionOf(l) })
      texts.push([sentence(l, next, 7 + Math.floor(next() * 5)), paragraph(l, next, 2), JSON.stringify(body), l, id])
    }
    const a = Math.floor(next() * topicIds.length)
    const b = (a + 1 + Math.floor(next() * (topicIds.length - 1))) % topicIds.length
    rels.push([1, id, 'topics', topicIds[a]], [2, id, 'topics', topicIds[b]])
  }
  return { main, texts, rels }
}

async function insertBulk(client: SqlClient, bulk: Bulk): Promise<void> {
  const { locales, next, missionIds, platformIds } = bulk
  const statements: { sql: string; args: unknown[] }[] = []
  const add = (table: string, columns: string[], rows: unknown[][]) => statements.push(...insertRows(table, columns, rows))
  const releaseColumns = ['id', 'slug', 'hero_image_id', 'published_at', 'mission_id', 'syndication', 'updated_at', 'created_at', '_status']
  const addReleases = (r: ReturnType<typeof releaseRows>) => {
    add('press_releases', releaseColumns, r.main)
    add('press_releases_locales', ['title', 'summary', 'body', '_locale', '_parent_id'], r.texts)
    add('press_releases_rels', ['order', 'parent_id', 'path', 'topics_id'], r.rels)
  }

  addReleases(releaseRows(bulk, null, MINISTRY_RELEASES, (i) => SEED_EPOCH - i * 24 * HOUR - 30 * 60_000, 0))
  for (const [m, missionId] of missionIds.entries()) {
    // One release in twenty is an unpublished draft, so the build's filtering does real work.
    const count = bulk.releases + Math.floor(bulk.releases / 19)
    addReleases(releaseRows(bulk, missionId, count, (i) => SEED_EPOCH - i * 7 * HOUR - m * 60_000, 20))

    const pages = PAGE_KINDS.map((kind) => [randomUUID(), missionId, kind, new Date(SEED_EPOCH).toISOString(), new Date(SEED_EPOCH).toISOString(), 'published'])
    add('mission_pages', ['id', 'mission_id', 'kind', 'updated_at', 'created_at', '_status'], pages)
    add('mission_pages_locales', ['title', 'summary', 'body', '_locale', '_parent_id'], pages.flatMap(([id]) => locales.map((l) => [
      sentence(l, next, 4), sentence(l, next, 14), JSON.stringify(richText({ heading: sentence(l, next, 3), paragraphs: [paragraph(l, next, 4), paragraph(l, next, 4)], direction: directionOf(l) })), l, id,
    ])))
    add('social_accounts', ['id', 'owner_type', 'mission_id', 'platform_id', 'handle', 'url', 'language'], PLATFORMS.map((p, i) => [
      randomUUID(), 'mission', missionId, platformIds[i], `@${missionSlug(m)}`, `https://${p.host}/${missionSlug(m)}`, 'es',
    ]))
  }
  await client.batch(statements, 'write')
}

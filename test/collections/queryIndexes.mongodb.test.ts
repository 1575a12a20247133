import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadMinistryNetwork, loadNetwork, loadShared } from '../../src/content/loadNetwork'
import { NETWORK_ARCHIVE_SIZE } from '../../src/content/ministrySiteView'
import { seedDemoNetwork } from '../../src/seed'
import { startSeededPayload } from '../support/seededNetwork'
import { startOnFreshMongo, TEST_MONGODB_URL as url } from '../support/freshMongo'
import type { TestPayload } from '../support/testPayload'
import { COMPOUND_INDEXES, QUERIED_FIELDS } from './helpers/queryIndexes'


type IndexSpec = { key: Record<string, unknown> }
type MongoModel = {
  init: () => Promise<unknown>
  listIndexes: () => Promise<IndexSpec[]>
  find: (filter: Record<string, unknown>) => { sort: (s: Record<string, 1 | -1>) => { explain: (v: string) => Promise<unknown> } }
}


/** Payload's field path as MongoDB stores it: the id is `_id`, everything else its own dotted path. */
const mongoPath = (path: string) => (path === 'id' ? '_id' : path)

/** Whether the winning plan of a query reads an index (IXSCAN) rather than the whole collection. */
function usesIndex(plan: unknown): boolean {
  const text = JSON.stringify(plan)
  return text.includes('IXSCAN') && !text.includes('COLLSCAN')
}

if (url) {
  describe('MongoDB: the indexes of the app’s queries, on the demo network', () => {
    let mongo: TestPayload
    let sqlite: TestPayload
    const model = (slug: string) => (mongo.payload.db as unknown as { collections: Record<string, MongoModel> }).collections[slug]

    beforeAll(async () => {
      mongo = await startOnFreshMongo('indexes')
      await seedDemoNetwork(mongo.payload, { passwords: {} })
      // Mongoose builds indexes in the background; init() waits for them.
      for (const slug of Object.keys(QUERIED_FIELDS)) await model(slug).init()
      sqlite = await startSeededPayload()
    }, 900_000)
    afterAll(async () => {
      await mongo?.close()
      await sqlite?.close()
    })

    for (const [slug, queries] of Object.entries(QUERIED_FIELDS)) {
      it(`${slug}: every field its queries filter or sort on leads an index in MongoDB`, async () => {
        const leading = new Set((await model(slug).listIndexes()).map((index) => Object.keys(index.key)[0]))
        const missing = queries.flatMap((q) => q.fields.map(mongoPath).filter((field) => !leading.has(field)))
        expect(missing).toEqual([])
      })
    }

    for (const [slug, indexes] of Object.entries(COMPOUND_INDEXES)) {
      it(`${slug}: its compound indexes exist in MongoDB`, async () => {
        const keys = (await model(slug).listIndexes()).map((index) => Object.keys(index.key).join('+'))
        for (const fields of indexes) expect(keys).toContain(fields.join('+'))
      })
    }

    it('the hot queries read an index, not the whole collection (MongoDB’s own query plans)', async () => {
      const [booking] = (await mongo.payload.find({ collection: 'bookings', limit: 1, depth: 0 })).docs as unknown as { schedule: string; mission: string; slotStart: string }[]
      const [mission] = (await mongo.payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })).docs
      const now = new Date().toISOString()
      const plans = {
        'bookings: places taken in a window': await model('bookings').find({ schedule: booking.schedule, slotStart: { $gte: booking.slotStart, $lt: now }, status: { $in: ['booked'] } }).sort({ slotStart: 1 }).explain('queryPlanner'),
        'bookings: a mission’s by time': await model('bookings').find({ mission: booking.mission, slotStart: { $gte: booking.slotStart } }).sort({ slotStart: 1 }).explain('queryPlanner'),
        'press releases: a mission’s published': await model('press-releases').find({ _status: 'published', mission: { $in: [mission.id] } }).sort({ createdAt: -1 }).explain('queryPlanner'),
        'press releases: the network news': await model('press-releases').find({ _status: 'published', mission: { $exists: true } }).sort({ publishedAt: -1 }).explain('queryPlanner'),
        'alerts: current': await model('alerts').find({ _status: 'published', expiresAt: { $gt: new Date(now) } }).sort({ createdAt: -1 }).explain('queryPlanner'),
        'travel advice: a country’s': await model('travel-advice').find({ country: 'ES' }).sort({ createdAt: -1 }).explain('queryPlanner'),
      }
      const scans = Object.entries(plans).filter(([, plan]) => !usesIndex((plan as { queryPlanner?: { winningPlan?: unknown } }).queryPlanner?.winningPlan)).map(([name]) => name)
      expect(scans).toEqual([])
    })

    // This round's collections read by the sites: travel advice, alerts, blog posts, the
    // accredited corps, survey answers, appointment schedules and bookings.
    it('the loaders read the same of this round’s collections from MongoDB as from SQLite', async () => {
      const counts = async (t: TestPayload) => {
        const shared = await loadShared(t.payload)
        const madrid = await loadNetwork(t.payload, { missions: ['madrid'] }, shared)
        const ministry = await loadMinistryNetwork(t.payload, NETWORK_ARCHIVE_SIZE, shared)
        return {
          travelAdvice: shared.travelAdvice?.length, alerts: shared.alerts?.length, enquiryTopics: shared.enquiryTopics?.length,
          madridReleases: madrid.releases.length, madridBlogPosts: madrid.blogPosts?.length, madridAppointments: madrid.appointments?.length,
          ministryBlogPosts: ministry.blogPosts?.length, corps: ministry.accreditedCorps?.length, surveyAnswers: ministry.surveyAnswers?.length,
          bookingFigures: JSON.stringify(ministry.appointmentFigures ?? null).length > 4,
        }
      }
      const fromSqlite = await counts(sqlite)
      expect(fromSqlite.travelAdvice).toBeGreaterThan(0)
      expect(fromSqlite.corps).toBeGreaterThan(0)
      expect(await counts(mongo)).toEqual(fromSqlite)
    }, 300_000)
  })
} else {
  const reason = 'query indexes on MongoDB skipped: set TEST_MONGODB_URL to run them against MongoDB'
  console.log(reason)
  describe.skip(reason, () => {
    it('makes every declared index in MongoDB, the hot queries read them, and the loaders read the same as on SQLite', () => {})
  })
}

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { placeKeyOf } from '../../src/appointments/bookingStore'
import { BOOKING_REFERENCE_PATTERN } from '../../src/appointments/reference'
import { loadScheduleRules } from '../../src/appointments/schedules'
import { SEND_CITIZEN_MAIL } from '../../src/citizen/mail/citizenMailJob'
import { missionCode, REFERENCE_PATTERN } from '../../src/citizen/reference'
import { loadAppointmentFacts } from '../../src/content/appointmentFacts'
import { REBUILD_SITES } from '../../src/jobs/rebuildSitesJob'
import { isNetworkEmpty, seedDemoNetwork, type SeedReport } from '../../src/seed'
import { bookingTimeline } from '../../src/seed/bookingTimeline'
import { BOOKINGS } from '../../src/seed/data/appointments'
import { startTestPayload, type TestPayload } from '../support/testPayload'

const PASSWORDS = {
  'ministry-admin': 'admin-demo-password-0001',
  'ministry-editor': 'editor-demo-password-0002',
  'mission-editor': 'madrid-demo-password-0003',
}

const COLLECTIONS: CollectionSlug[] = [
  'missions', 'press-releases', 'mission-pages', 'services', 'topics', 'social-accounts', 'social-platforms', 'media', 'users',
  'enquiry-topics', 'enquiries', 'survey-responses', 'appointment-schedules', 'bookings',
  'travel-advice', 'blog-posts',
]
const DAY = 86_400_000
const API_METHODS = ['find', 'findByID', 'count', 'create', 'update', 'findGlobal', 'updateGlobal'] as const

type Snapshot = { counts: Record<string, number>; updatedAt: Record<string, string>; versions: number }

async function snapshot(payload: Payload): Promise<Snapshot> {
  const counts: Record<string, number> = {}
  const updatedAt: Record<string, string> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0 })
    counts[collection] = docs.length
    for (const doc of docs) updatedAt[`${collection}/${doc.id}`] = String((doc as { updatedAt?: string }).updatedAt)
  }
  updatedAt.ministry = String((await payload.findGlobal({ slug: 'ministry', depth: 0 })).updatedAt)
  const versions =
    (await payload.countVersions({ collection: 'press-releases' })).totalDocs +
    (await payload.countVersions({ collection: 'mission-pages' })).totalDocs +
    (await payload.countVersions({ collection: 'services' })).totalDocs
  return { counts, updatedAt, versions }
}

describe('seedDemoNetwork', () => {
  let t: TestPayload
  let payload: Payload
  let emptyBefore: boolean
  let first: SeedReport
  let second: SeedReport
  let afterFirst: Snapshot
  let afterSecond: Snapshot
  let firstRunSeconds: number
  const calls: { method: string; options: Record<string, unknown> }[] = []
  const logged: string[] = []
  const accountsReady: { logged: number; roles: string[] }[] = []

  beforeAll(async () => {
    t = await startTestPayload()
    payload = t.payload
    emptyBefore = await isNetworkEmpty(payload)
    // Spies call through to Payload and record the options of every call.
    const spies = API_METHODS.map((method) => ({ method, spy: vi.spyOn(payload, method) }))
    const started = Date.now()
    first = await seedDemoNetwork(payload, {
      passwords: PASSWORDS,
      log: (line) => logged.push(line),
      accountsReady: (credentials) => accountsReady.push({ logged: logged.length, roles: credentials.map((c) => c.role) }),
    })
    firstRunSeconds = (Date.now() - started) / 1000
    for (const { method, spy } of spies) {
      for (const [options] of spy.mock.calls) calls.push({ method, options: options as Record<string, unknown> })
      spy.mockRestore()
    }
    afterFirst = await snapshot(payload)
    second = await seedDemoNetwork(payload)
    afterSecond = await snapshot(payload)
  })

  afterAll(async () => {
    await t?.close()
  })

  it('finds the network empty before seeding and not after', async () => {
    expect(emptyBefore).toBe(true)
    expect(await isNetworkEmpty(payload)).toBe(false)
    console.info(`first seed run: ${firstRunSeconds.toFixed(1)} s`)
  })

  it('passes context.seeding on every Local API call it makes itself', () => {
    const own = calls.filter((c) => !c.options.req) // calls made by hooks carry the request (and its context)
    expect(own.length).toBeGreaterThan(400)
    expect(own.filter((c) => (c.options.context as { seeding?: boolean } | undefined)?.seeding !== true)).toEqual([])
  })

  it('creates at least 20 missions in at least 8 countries, every one flagged as sample data', async () => {
    const { docs } = await payload.find({ collection: 'missions', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(20)
    expect(new Set(docs.map((m) => m.hostCountry)).size).toBeGreaterThanOrEqual(8)
    expect(docs.filter((m) => m.sampleData !== true).map((m) => m.slug)).toEqual([])
    expect(docs.filter((m) => m.status === 'closed').length).toBeGreaterThanOrEqual(1)
    for (const m of docs) {
      expect(m.defaultLocale).toBe('es')
      expect(m.siteLocales).toContain('es')
      expect(m.baseUrl).toBe(`https://${m.slug}.missions.cancilleria.example`)
      expect(m.headOfMission?.name).toMatch(/sample data/)
      expect(m.offices?.length).toBeGreaterThanOrEqual(1)
      for (const office of m.offices ?? []) {
        expect(office.address.street).toMatch(/\(sample data\)/)
        expect(office.email).toMatch(/\.example$/)
        expect(office.emergencyPhone).toBeTruthy()
        expect(office.openingHours?.[0]?.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri'])
        expect(office.closures?.length).toBeGreaterThanOrEqual(1)
      }
    }
  })

  it('puts each consulate under the embassy of its country', async () => {
    const { docs } = await payload.find({ collection: 'missions', pagination: false, depth: 1 })
    const consulates = docs.filter((m) => m.type === 'consulate' || m.type === 'consulate-general')
    expect(consulates.length).toBeGreaterThanOrEqual(8)
    for (const c of consulates) {
      const parent = c.parent as { type: string; hostCountry: string } | null
      expect(parent?.type, c.slug).toBe('embassy')
      expect(parent?.hostCountry, c.slug).toBe(c.hostCountry)
    }
  })

  it('keeps the Spanish text when it adds a translation, arrays included', async () => {
    const find = (locale: 'es' | 'en' | 'zh') =>
      payload.find({ collection: 'missions', where: { slug: { equals: 'beijing' } }, locale, fallbackLocale: false, depth: 0 }).then((r) => r.docs[0])
    const [es, en, zh] = await Promise.all([find('es'), find('en'), find('zh')])
    expect([es.name, en.name, zh.name]).toEqual(['Embajada del Ecuador en China', 'Embassy of Ecuador in China', '厄瓜多尔驻华大使馆'])
    expect(es.offices?.map((o) => o.name)).toEqual(['Cancillería', 'Sección consular'])
    expect(en.offices?.map((o) => o.name)).toEqual(['Chancery', 'Consular section'])
    expect(zh.offices?.[0].phones?.[0].label).toBe('总机')
    expect(es.offices?.[0].id).toBe(zh.offices?.[0].id)
  })

  it('publishes at least 45 press releases, at least 8 ministry-wide, and leaves drafts for review', async () => {
    const all = await payload.count({ collection: 'press-releases' })
    const ministry = await payload.find({ collection: 'press-releases', where: { mission: { exists: false } }, pagination: false, depth: 0 })
    const drafts = await payload.find({ collection: 'press-releases', where: { _status: { equals: 'draft' } }, pagination: false, depth: 0 })
    expect(all.totalDocs).toBeGreaterThanOrEqual(45)
    expect(ministry.docs.length).toBeGreaterThanOrEqual(8)
    expect(ministry.docs.filter((r) => r.syndication === 'selected' && (r.syndicatedTo?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(1)
    expect(ministry.docs.filter((r) => r.syndication === 'all').length).toBeGreaterThan(ministry.docs.length / 2)
    expect(drafts.docs.length).toBe(3)
    expect(new Set(drafts.docs.map((d) => d.mission)).size).toBe(3)
    expect(drafts.docs.every((d) => !d.publishedAt)).toBe(true)

    const published = await payload.find({ collection: 'press-releases', where: { _status: { equals: 'published' } }, pagination: false, depth: 0 })
    const ages = published.docs.map((r) => (Date.now() - Date.parse(r.publishedAt!)) / 86_400_000)
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...ages)).toBeGreaterThan(150)
    expect(Math.max(...ages)).toBeLessThanOrEqual(210)
    expect(published.docs.filter((r) => r.heroImage).length).toBeGreaterThanOrEqual(5)
    expect(published.docs.every((r) => (r.topics?.length ?? 0) > 0)).toBe(true)
  })

  it('writes Cairo’s news in Arabic, right-to-left, and Beijing’s in Chinese', async () => {
    const [cairo, beijing] = await Promise.all(
      ['cairo', 'beijing'].map((slug) => payload.find({ collection: 'missions', where: { slug: { equals: slug } }, depth: 0 }).then((r) => r.docs[0].id)),
    )
    const ar = await payload.find({ collection: 'press-releases', where: { mission: { equals: cairo } }, locale: 'ar', fallbackLocale: false, depth: 0 })
    const zh = await payload.find({ collection: 'press-releases', where: { mission: { equals: beijing } }, locale: 'zh', fallbackLocale: false, depth: 0 })
    expect(ar.docs.length).toBeGreaterThanOrEqual(4)
    expect(ar.docs.every((r) => /[\u0600-\u06ff]/.test(r.title))).toBe(true)
    expect(ar.docs.every((r) => (r.body as { root: { direction: string } }).root.direction === 'rtl')).toBe(true)
    expect(zh.docs.length).toBeGreaterThanOrEqual(4)
    expect(zh.docs.every((r) => /[\u4e00-\u9fff]/.test(r.title))).toBe(true)
  })

  it('gives every open mission its six pages, published, in each of its languages', async () => {
    const open = await payload.find({ collection: 'missions', where: { status: { equals: 'open' } }, pagination: false, depth: 0 })
    const pages = await payload.find({ collection: 'mission-pages', where: { _status: { equals: 'published' } }, pagination: false, depth: 0 })
    expect(pages.docs.length).toBe(open.docs.length * 6)
    const paris = open.docs.find((m) => m.slug === 'paris')!
    const fr = await payload.find({ collection: 'mission-pages', where: { mission: { equals: paris.id } }, locale: 'fr', fallbackLocale: false, depth: 0 })
    expect(fr.docs.map((p) => p.kind).sort()).toEqual(['about', 'bilateral-relations', 'culture', 'study', 'tourism', 'trade-investment'])
    expect(fr.docs.find((p) => p.kind === 'study')?.title).toBe('Étudier en France')
  })

  it('publishes services in every consular category, offered by missions, with one fee override', async () => {
    const { docs } = await payload.find({ collection: 'services', pagination: false, depth: 0, locale: 'en', fallbackLocale: false })
    expect(docs.length).toBeGreaterThanOrEqual(8)
    expect(new Set(docs.map((s) => s.category))).toEqual(
      new Set(['passports', 'civil-registry', 'visas', 'legalisations', 'registration', 'voting', 'assistance', 'mobile-consulate', 'notarial']),
    )
    for (const s of docs) {
      expect(s._status).toBe('published')
      expect(s.title && s.summary).toBeTruthy()
      expect(s.missions?.length, s.slug).toBeGreaterThan(5)
    }
    expect(docs.filter((s) => (s.missionOverrides?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(1)
    expect(docs.find((s) => s.slug === 'passport')).toMatchObject({ feeAmount: 90, feeCurrency: 'USD' })
  })

  it('lists the ministry’s accounts and at least one X account per mission in the atlas', async () => {
    const x = await payload.find({ collection: 'social-platforms', where: { slug: { equals: 'x' } }, depth: 0 })
    expect(x.docs[0]).toMatchObject({ wikidataProperty: 'P2002' })
    expect(await payload.count({ collection: 'social-platforms' })).toMatchObject({ totalDocs: 16 })
    const ministry = await payload.count({ collection: 'social-accounts', where: { ownerType: { equals: 'ministry' } } })
    expect(ministry.totalDocs).toBeGreaterThanOrEqual(4)
    const missions = await payload.find({ collection: 'missions', pagination: false, depth: 0 })
    const xAccounts = await payload.find({ collection: 'social-accounts', where: { platform: { equals: x.docs[0].id } }, pagination: false, depth: 0 })
    for (const m of missions.docs) {
      expect(xAccounts.docs.some((a) => a.mission === m.id && a.url.startsWith('https://x.com/')), m.slug).toBe(true)
    }
  })

  it('creates one user per role, the mission editor assigned to Madrid and Barcelona', async () => {
    const { docs } = await payload.find({ collection: 'users', pagination: false, depth: 1 })
    expect(docs.map((u) => u.role).sort()).toEqual(['ministry-admin', 'ministry-editor', 'mission-editor'])
    const editor = docs.find((u) => u.email === 'madrid@chancery.example')!
    expect((editor.missions as { slug: string }[]).map((m) => m.slug).sort()).toEqual(['barcelona', 'madrid'])
    expect(first.credentials.map((c) => c.email).sort()).toEqual(['admin@chancery.example', 'editor@chancery.example', 'madrid@chancery.example'])
  })

  it('says the accounts are ready, with their logins, once they and their missions exist and before the content is written', () => {
    expect(accountsReady).toHaveLength(1)
    expect(accountsReady[0]!.roles.sort()).toEqual(['ministry-admin', 'ministry-editor', 'mission-editor'])
    const before = logged.slice(0, accountsReady[0]!.logged)
    expect(before.at(-1)).toMatch(/^users: 3 created/)
    expect(before.some((line) => /^missions: \d+ created/.test(line))).toBe(true)
    expect(before.filter((line) => /press releases|mission pages|media|enquiries|bookings/.test(line))).toEqual([])
    expect(logged.length).toBeGreaterThan(accountsReady[0]!.logged)
  })

  it('lets the demo users sign in with the passwords it was given', async () => {
    for (const c of first.credentials) {
      expect(c.password).toBe(PASSWORDS[c.role as keyof typeof PASSWORDS])
      const result = await payload.login({ collection: 'users', data: { email: c.email, password: c.password } })
      expect(result.user?.email).toBe(c.email)
      expect(result.token).toBeTruthy()
    }
  })

  it('lists the enquiry topics in form order, named in every language', async () => {
    const { docs } = await payload.find({ collection: 'enquiry-topics', pagination: false, depth: 0, sort: 'order' })
    expect(docs.map((t) => t.slug)).toEqual(['consular', 'visas', 'trade', 'culture', 'press', 'other'])
    const ar = await payload.find({ collection: 'enquiry-topics', pagination: false, depth: 0, sort: 'order', locale: 'ar', fallbackLocale: false })
    const zh = await payload.find({ collection: 'enquiry-topics', pagination: false, depth: 0, sort: 'order', locale: 'zh', fallbackLocale: false })
    expect(ar.docs.every((t) => /[\u0600-\u06ff]/.test(t.name))).toBe(true)
    expect(zh.docs.every((t) => /[\u4e00-\u9fff]/.test(t.name))).toBe(true)
  })

  it('gives the charter its three-working-day promise, its commitments in every language and a year of retention', async () => {
    const es = await payload.findGlobal({ slug: 'ministry', depth: 0, locale: 'es', fallbackLocale: false })
    const ar = await payload.findGlobal({ slug: 'ministry', depth: 0, locale: 'ar', fallbackLocale: false })
    expect(es.citizenAttention).toMatchObject({ replyWithinWorkingDays: 3, enquiryRetentionDays: 365 })
    expect(es.citizenAttention?.commitments?.length).toBeGreaterThanOrEqual(3)
    expect(es.citizenAttention?.commitments?.[0].text).toMatch(/idioma/)
    expect(ar.citizenAttention?.commitments?.map((c) => c.id)).toEqual(es.citizenAttention?.commitments?.map((c) => c.id))
    expect(ar.citizenAttention?.commitments?.every((c) => /[\u0600-\u06ff]/.test(c.text))).toBe(true)
  })

  it('files enquiries in every state at several missions and in several languages, Cairo’s in Arabic', async () => {
    const { docs } = await payload.find({ collection: 'enquiries', pagination: false, depth: 1 })
    expect(new Set(docs.map((e) => e.status))).toEqual(new Set(['new', 'in-progress', 'answered', 'closed']))
    const slugOf = (e: (typeof docs)[number]) => (e.mission as { slug: string }).slug
    const missions = new Set(docs.map(slugOf))
    for (const slug of ['madrid', 'barcelona', 'cairo']) expect(missions.has(slug), slug).toBe(true)
    expect(missions.size).toBeGreaterThanOrEqual(6)
    expect(new Set(docs.map((e) => e.locale))).toEqual(new Set(['es', 'en', 'fr', 'zh', 'ar']))
    const cairoArabic = docs.filter((e) => slugOf(e) === 'cairo' && e.locale === 'ar')
    expect(cairoArabic.length).toBeGreaterThanOrEqual(2)
    expect(cairoArabic.every((e) => /[\u0600-\u06ff]/.test(e.message!))).toBe(true)
    for (const e of docs) {
      expect(e.reference, e.reference).toMatch(REFERENCE_PATTERN)
      expect(e.reference.startsWith(`${missionCode(slugOf(e))}-`), e.reference).toBe(true)
      expect(e.name, e.reference).toMatch(/\(sample data\)$/)
      expect(e.email, e.reference).toMatch(/@example\.(org|com)$/)
      expect(e.topic, e.reference).toBeTruthy()
    }
  })

  it('has a reply, by a demo user, on every answered and closed enquiry, and none on open ones', async () => {
    const { docs } = await payload.find({ collection: 'enquiries', pagination: false, depth: 1 })
    for (const e of docs) {
      const done = e.status === 'answered' || e.status === 'closed'
      if (!done) {
        expect([e.reply, e.repliedBy, e.firstRepliedAt, e.closedAt], e.reference).toEqual([null, null, null, null])
        continue
      }
      expect(e.reply?.length, e.reference).toBeGreaterThan(40)
      expect((e.repliedBy as { email: string } | null)?.email, e.reference).toMatch(/@chancery\.example$/)
      expect(e.repliedAt, e.reference).toBe(e.firstRepliedAt)
      expect(Date.parse(e.firstRepliedAt!), e.reference).toBeGreaterThan(Date.parse(e.createdAt))
      expect(Boolean(e.closedAt), e.reference).toBe(e.status === 'closed')
    }
    // The demo mission editor answers for Madrid and Barcelona, and can sign in to see it.
    const spain = docs.filter((e) => ['madrid', 'barcelona'].includes((e.mission as { slug: string }).slug) && e.repliedBy)
    expect(spain.length).toBeGreaterThanOrEqual(6)
    expect(spain.every((e) => (e.repliedBy as { email: string }).email === 'madrid@chancery.example')).toBe(true)
  })

  it('dates enquiries over the last 90 days: some answered within the promise, some late, some still open past it', async () => {
    const { docs } = await payload.find({ collection: 'enquiries', pagination: false, depth: 0, sort: 'createdAt' })
    const now = Date.now()
    const ages = docs.map((e) => (now - Date.parse(e.createdAt)) / DAY)
    expect(Math.min(...ages)).toBeLessThan(2)
    expect(Math.max(...ages)).toBeGreaterThan(75)
    expect(Math.max(...ages)).toBeLessThanOrEqual(90)
    // Calendar bounds that hold on any weekday: under 3 days is within 3 working days, over 7 is beyond them.
    const delays = docs.filter((e) => e.firstRepliedAt).map((e) => (Date.parse(e.firstRepliedAt!) - Date.parse(e.createdAt)) / DAY)
    expect(delays.filter((d) => d < 3).length).toBeGreaterThanOrEqual(5)
    expect(delays.filter((d) => d > 7).length).toBeGreaterThanOrEqual(3)
    const open = docs.filter((e) => e.status === 'new' || e.status === 'in-progress')
    expect(open.filter((e) => now - Date.parse(e.createdAt) > 7 * DAY).length).toBeGreaterThanOrEqual(3)
    expect(open.filter((e) => now - Date.parse(e.createdAt) < 3 * DAY).length).toBeGreaterThanOrEqual(1)
    for (const e of docs) {
      for (const date of [e.firstRepliedAt, e.closedAt, e.updatedAt]) if (date) expect(Date.parse(date), e.reference).toBeLessThanOrEqual(now)
    }
    // Numbered in the order they arrived, as the form numbers them (the sequence itself is hidden from reads).
    const numbers = docs.map((e) => Number(e.reference.slice(4).replace('-', '')))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(docs.length)
  })

  it('records surveys with every score, both answers and some comments, after replies and on services, over months', async () => {
    const { docs } = await payload.find({ collection: 'survey-responses', pagination: false, depth: 1 })
    expect(new Set(docs.map((s) => s.rating))).toEqual(new Set([1, 2, 3, 4, 5]))
    expect(new Set(docs.map((s) => s.resolved))).toEqual(new Set([true, false]))
    const comments = docs.filter((s) => s.comment).length
    expect(comments).toBeGreaterThanOrEqual(10)
    expect(comments).toBeLessThan(docs.length)
    expect(new Set(docs.map((s) => s.createdAt.slice(0, 7))).size).toBeGreaterThanOrEqual(4)

    const onEnquiries = docs.filter((s) => s.enquiry)
    expect(onEnquiries.length).toBeGreaterThanOrEqual(10)
    for (const s of onEnquiries) {
      const enquiry = s.enquiry as { reference: string; status: string; mission: string; locale: string; firstRepliedAt: string }
      expect(['answered', 'closed'], enquiry.reference).toContain(enquiry.status)
      expect(enquiry.mission, enquiry.reference).toBe((s.mission as { id: string }).id)
      expect(s.locale, enquiry.reference).toBe(enquiry.locale)
      expect(Date.parse(s.createdAt), enquiry.reference).toBeGreaterThan(Date.parse(enquiry.firstRepliedAt))
      expect(s.service, enquiry.reference).toBeNull()
    }
    const onServices = docs.filter((s) => s.service)
    expect(onServices.length).toBeGreaterThanOrEqual(20)
    for (const s of onServices) {
      const service = s.service as { slug: string; missions: string[] }
      expect(service.missions, `${service.slug} at ${(s.mission as { slug: string }).slug}`).toContain((s.mission as { id: string }).id)
    }
    expect(onEnquiries.length + onServices.length).toBe(docs.length)
  })

  it('gives every mission its city’s time zone', async () => {
    const { docs } = await payload.find({ collection: 'missions', pagination: false, depth: 0 })
    const zones = new Set(Intl.supportedValuesOf('timeZone'))
    for (const m of docs) expect(zones.has(m.timeZone ?? ''), m.slug).toBe(true)
    expect(Object.fromEntries(docs.filter((m) => ['madrid', 'barcelona', 'cairo', 'beijing'].includes(m.slug)).map((m) => [m.slug, m.timeZone]))).toEqual({
      madrid: 'Europe/Madrid', barcelona: 'Europe/Madrid', cairo: 'Africa/Cairo', beijing: 'Asia/Shanghai',
    })
  })

  it('takes passport and registration appointments at Madrid’s consular section and Barcelona’s consulate', async () => {
    const { docs } = await payload.find({ collection: 'appointment-schedules', pagination: false, depth: 1 })
    const found = docs.map((s) => `${(s.mission as { slug: string }).slug}/${(s.service as { slug: string }).slug}`).sort()
    expect(found).toEqual(['barcelona/consular-registration', 'barcelona/passport', 'madrid/consular-registration', 'madrid/passport'])
    for (const s of docs) {
      expect(s).toMatchObject({ slotMinutes: 15, placesPerSlot: 2, bookAheadDays: 60, minNoticeHours: 24, active: true })
      expect(s.weeklySchedule ?? []).toEqual([])
      const mission = s.mission as { slug: string; offices: { id: string; isMain: boolean }[] }
      const office = mission.offices.find((o) => o.id === s.office)!
      expect(office.isMain, s.title ?? '').toBe(mission.slug === 'barcelona')
    }
    // What the sites show: a free place soon at each, counted from the bookings.
    const facts = await loadAppointmentFacts(payload, ['madrid', 'barcelona'], new Date())
    expect(facts).toHaveLength(4)
    for (const f of facts) {
      expect(f.nextDate, f.serviceId).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Date.parse(f.nextDate!) - Date.now(), f.serviceId).toBeLessThan(10 * DAY)
    }
  })

  it('has bookings made already: past ones attended or missed, today’s, the next two weeks’, some cancelled, never two on one place', async () => {
    const { docs } = await payload.find({ collection: 'bookings', pagination: false, depth: 1, showHiddenFields: true, sort: 'slotStart' })
    expect(docs.length).toBeGreaterThanOrEqual(30)
    expect(new Set(docs.map((b) => b.status))).toEqual(new Set(['booked', 'attended', 'no-show', 'cancelled']))
    const now = Date.now()
    const places = new Map<string, number>()
    for (const b of docs) {
      const slug = (b.mission as { slug: string }).slug
      expect(['madrid', 'barcelona'], b.reference).toContain(slug)
      expect(b.reference, b.reference).toMatch(BOOKING_REFERENCE_PATTERN)
      expect(b.reference.startsWith(`${missionCode(slug)}-`), b.reference).toBe(true)
      expect(b.name, b.reference).toMatch(/\(sample data\)$/)
      expect(b.email, b.reference).toMatch(/@example\.(org|com)$/)
      if (b.documentNumber) expect(b.documentNumber, b.reference).toMatch(/^SAMPLE-/)
      const start = Date.parse(b.slotStart)
      if (b.status === 'attended' || b.status === 'no-show') expect(start, b.reference).toBeLessThan(now)
      expect(start - now, b.reference).toBeLessThan(21 * DAY)
      expect(now - start, b.reference).toBeLessThan(35 * DAY)
      expect(Date.parse(b.createdAt), b.reference).toBeLessThan(now)
      expect(b.history?.[0]?.action, b.reference).toBe('booked')
      if (b.status === 'cancelled') {
        expect(b.placeKey, b.reference).toMatch(/^released:/)
        continue
      }
      expect(b.placeKey, b.reference).toBe(`${(b.schedule as { id: string }).id}|${new Date(b.slotStart).toISOString()}|${b.place}`)
      const slot = `${(b.schedule as { id: string }).id}|${b.slotStart}`
      places.set(slot, (places.get(slot) ?? 0) + 1)
    }
    expect(Math.max(...places.values())).toBe(2)
    const upcoming = docs.filter((b) => b.status === 'booked' && Date.parse(b.slotStart) > now)
    expect(new Set(upcoming.map((b) => b.slotStart.slice(0, 10))).size).toBeGreaterThanOrEqual(5)
    const staffCancelled = docs.find((b) => b.status === 'cancelled' && b.cancelledBy === 'staff')
    expect(staffCancelled?.cancelReason).toBeTruthy()
    // Numbered in the order they were booked, as the flow numbers them.
    const byBooking = [...docs]
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.reference.slice(-6).localeCompare(b.reference.slice(-6)))
      .map((b) => b.reference.slice(-6))
    expect(byBooking).toEqual([...byBooking].sort())
  })

  it('publishes travel advice for Spain, Mexico and Egypt in Spanish and English: Tamaulipas above Mexico’s level, Egypt’s history ending in a dated major change', async () => {
    const { docs } = await payload.find({ collection: 'travel-advice', pagination: false, depth: 0, locale: 'all', sort: 'country' })
    expect(docs.map((d) => [d.country, d._status])).toEqual([['EG', 'published'], ['ES', 'published'], ['MX', 'published']])
    const all = docs as unknown as Record<string, any>[]
    for (const d of all) {
      expect(d.summary.es, d.country).toBeTruthy()
      expect(d.summary.en, d.country).toBeTruthy()
      expect(d.changes.length, d.country).toBeGreaterThan(0)
      for (const c of d.changes) expect(c.note.es && c.note.en, d.country).toBeTruthy()
    }
    const mx = all.find((d) => d.country === 'MX')!
    expect(mx.level).toBe('exercise-increased-caution')
    expect(mx.regions.map((r: any) => [r.name.es, r.name.en, r.level])).toEqual([['Tamaulipas', 'Tamaulipas', 'reconsider-travel']])
    const eg = all.find((d) => d.country === 'EG')!
    expect(eg.changes.map((c: any) => [c.major, c.level])).toEqual([[false, 'exercise-normal-precautions'], [true, 'exercise-increased-caution']])
    const [firstAt, majorAt] = eg.changes.map((c: any) => Date.parse(c.at))
    expect(majorAt - firstAt).toBeGreaterThan(30 * DAY)
    expect(Date.now() - majorAt).toBeGreaterThan(7 * DAY)
  })

  it('publishes the Madrid ambassador’s post on Madrid’s blog and a deputy minister’s on the ministry’s, signed, in Spanish and English', async () => {
    const { docs } = await payload.find({ collection: 'blog-posts', pagination: false, depth: 0, locale: 'all', sort: 'slug' })
    const posts = docs as unknown as Record<string, any>[]
    const madrid = (await payload.find({ collection: 'missions', where: { slug: { equals: 'madrid' } }, depth: 0 })).docs[0]!
    expect(posts.map((p) => [p.slug, p.mission ?? null, p._status])).toEqual([
      ['diplomacia-que-escucha', null, 'published'],
      ['un-ano-en-madrid', madrid.id, 'published'],
    ])
    for (const p of posts) {
      expect(p.title.es && p.title.en && p.summary.es && p.summary.en, p.slug).toBeTruthy()
      expect(p.authors.length, p.slug).toBe(1)
      expect(p.authors[0].role.es && p.authors[0].role.en, p.slug).toBeTruthy()
      expect(Date.parse(p.publishedAt)).toBeLessThan(Date.now())
    }
    expect(posts[1]!.authors[0].role.en).toBe('Ambassador of Ecuador to Spain')
  })

  it('queues no e-mail and no site rebuild', async () => {
    const jobs = (taskSlug: string) => payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: taskSlug } } }).then((r) => r.totalDocs)
    expect(await jobs(SEND_CITIZEN_MAIL)).toBe(0)
    expect(await jobs(REBUILD_SITES)).toBe(0)
    // Nor any other job: no booking mail, no reminder.
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })

  it('creates nothing and changes nothing on a second run, and returns no credentials', () => {
    expect(Object.values(first.created).reduce((a, b) => a + b, 0)).toBeGreaterThan(250)
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true)
    expect(second.unchanged).toEqual(first.created)
    expect(second.credentials).toEqual([])
    expect(first.created['enquiries']).toBeGreaterThanOrEqual(30)
    expect(first.created['survey-responses']).toBeGreaterThanOrEqual(40)
    expect(second.created).toMatchObject({ enquiries: 0, 'survey-responses': 0, 'enquiry-topics': 0 })
    expect(afterSecond.counts).toEqual(afterFirst.counts)
    expect(afterSecond.updatedAt).toEqual(afterFirst.updatedAt)
    expect(afterSecond.versions).toBe(afterFirst.versions)
  })

  it('completes a database seeded before: a missing enquiry numbered after every existing reference, the charter’s commitments, a mission’s time zone', async () => {
    const number = (reference: string) => Number(reference.slice(4).replace('-', ''))
    const lost = await payload.find({ collection: 'enquiries', where: { email: { equals: 'andres.salazar@example.com' } }, depth: 0 })
    await payload.delete({ collection: 'enquiries', id: lost.docs[0].id })
    await payload.updateGlobal({ slug: 'ministry', data: { citizenAttention: { commitments: [] } }, context: { seeding: true } })
    const cairo = (await payload.find({ collection: 'missions', where: { slug: { equals: 'cairo' } }, depth: 0 })).docs[0]
    await payload.update({ collection: 'missions', id: cairo.id, data: { timeZone: null }, context: { seeding: true } })
    const before = await payload.find({ collection: 'enquiries', pagination: false, depth: 0 })

    const again = await seedDemoNetwork(payload)
    expect(again.created).toMatchObject({ enquiries: 1, 'survey-responses': 0, ministry: 0 })
    const after = await payload.find({ collection: 'enquiries', where: { email: { equals: 'andres.salazar@example.com' } }, depth: 0 })
    expect(after.docs[0].reference).not.toBe(lost.docs[0].reference)
    expect(number(after.docs[0].reference)).toBe(Math.max(...before.docs.map((e) => number(e.reference))) + 1)
    const [es, fr] = await Promise.all(
      (['es', 'fr'] as const).map((locale) => payload.findGlobal({ slug: 'ministry', depth: 0, locale, fallbackLocale: false })),
    )
    expect(es.name).toBe('Ministerio de Relaciones Exteriores y Movilidad Humana')
    expect(es.citizenAttention?.commitments?.length).toBeGreaterThanOrEqual(3)
    expect(fr.citizenAttention?.commitments?.[0].text).toMatch(/langue/)
    expect((await payload.findByID({ collection: 'missions', id: cairo.id, depth: 0 })).timeZone).toBe('Africa/Cairo')
  })

  it('never puts a missing booking on a place someone has booked since: it takes the slot’s other place', async () => {
    const seed = BOOKINGS.find((b) => b.key === 'mad-pas-15')!
    const lost = (await payload.find({ collection: 'bookings', where: { idempotencyKey: { equals: 'seed:mad-pas-15' } }, depth: 0, showHiddenFields: true })).docs[0]
    expect(lost.place).toBe(1)
    await payload.delete({ collection: 'bookings', id: lost.id })
    // Someone books the seed's place through the flow before the seed runs again.
    const rules = (await loadScheduleRules(payload, String(lost.schedule)))!
    const slotStart = bookingTimeline(seed, rules, new Date()).slotStart.toISOString()
    await payload.create({
      collection: 'bookings',
      data: {
        ...lost, id: undefined, reference: 'MAD-2099-A000001', sequence: 2099_000_001, idempotencyKey: 'k:someone-else', slotStart,
        placeKey: placeKeyOf(rules.scheduleId, slotStart, 1), name: 'Someone Else (sample data)', history: [],
      } as never,
      context: { seeding: true },
    })
    const again = await seedDemoNetwork(payload)
    expect(again.created).toMatchObject({ bookings: 1 })
    const back = (await payload.find({ collection: 'bookings', where: { idempotencyKey: { equals: 'seed:mad-pas-15' } }, depth: 0, showHiddenFields: true })).docs[0]
    expect([back.slotStart, back.place, back.placeKey]).toEqual([slotStart, 2, placeKeyOf(rules.scheduleId, slotStart, 2)])
  })

  it('gives random passwords of at least 16 characters when none are given', async () => {
    await payload.delete({ collection: 'users', where: { email: { equals: 'editor@chancery.example' } } })
    const third = await seedDemoNetwork(payload)
    expect(third.credentials).toHaveLength(1)
    const [{ email, password }] = third.credentials
    expect(email).toBe('editor@chancery.example')
    expect(password.length).toBeGreaterThanOrEqual(16)
    expect(password).not.toBe(PASSWORDS['ministry-editor'])
    expect((await payload.login({ collection: 'users', data: { email, password } })).user?.email).toBe(email)
  })
})

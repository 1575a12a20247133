import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { SHORT_TEXT } from '../../src/trail/changes'
import {
  type AccessFixture, CITIZEN_DOMAIN, PERSONAL_MARKER, type StaffRole, bookingData, buildAccessFixture, citizenEmail, pngFile,
} from '../support/accessFixture'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { TRAIL, changeOf, countEntries, entries, entriesOf, type Entry } from './trailSupport'

/**
 * Every kind of content event writes one entry, through the Local API as each role (access
 * control on, as the REST and GraphQL handlers call it): who, which document and mission, what
 * changed with its short values, and nothing of citizens' personal data.
 */
describe('audit trail of content', () => {
  let t: TestPayload
  let payload: Payload
  let fx: AccessFixture
  const as = (role: StaffRole) => ({ overrideAccess: false, user: fx.users[role].user, depth: 0 })
  const only = async (collection: string, id: string, since: number): Promise<Entry[]> => (await entriesOf(payload, collection, id)).slice(since)

  beforeAll(async () => {
    t = await startTestPayload()
    payload = t.payload
    fx = await buildAccessFixture(payload)
  })
  afterAll(async () => {
    await t?.close()
  })

  describe('a press release from draft to deletion', () => {
    let id: string
    let seen = 0
    const next = async (): Promise<Entry[]> => {
      const fresh = await only('press-releases', id, seen)
      seen += fresh.length
      return fresh
    }

    it('create: the mission editor, the mission, every field filled in with its first value', async () => {
      const started = Date.now()
      const doc = await payload.create({
        collection: 'press-releases', draft: true, ...as('mission-editor'),
        data: { title: 'Trade fair in Madrid', slug: 'trade-fair', summary: 'A short summary', mission: fx.missions.A } as never,
      })
      id = String(doc.id)
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect(entry).toMatchObject({
        action: 'create', collection: 'press-releases', documentId: id, title: 'Trade fair in Madrid', documentStatus: 'draft',
        userId: fx.users['mission-editor'].id, userEmail: fx.users['mission-editor'].email, userRole: 'mission-editor',
        missions: [fx.missions.A], channel: 'local', ip: null,
      })
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000)
      expect(changeOf(entry, 'title')).toEqual({ field: 'title', before: null, after: 'Trade fair in Madrid', omitted: null })
      expect(changeOf(entry, 'mission')?.after).toBe(fx.missions.A)
    })

    it('update (a draft save): only the changed field, before and after', async () => {
      await payload.update({ collection: 'press-releases', id, draft: true, data: { summary: 'A better summary' } as never, ...as('mission-editor') })
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect(entry.action).toBe('update')
      expect(entry.changes).toEqual([{ field: 'summary', before: 'A short summary', after: 'A better summary', omitted: null }])
    })

    it('long text and rich text are only named as changed', async () => {
      const long = `${'A very long summary. '.repeat(20)}`
      expect(long.length).toBeGreaterThan(SHORT_TEXT)
      await payload.update({
        collection: 'press-releases', id, draft: true, ...as('mission-editor'),
        data: { summary: long, body: richText({ paragraphs: ['The fair opens on Monday.'] }) } as never,
      })
      const [entry] = await next()
      expect(entry.changes).toEqual([
        { field: 'summary', before: null, after: null, omitted: 'long text' },
        { field: 'body', before: null, after: null, omitted: 'rich text' },
      ])
      expect(JSON.stringify(entry)).not.toContain('The fair opens')
    })

    it('publish: a ministry editor takes the draft live', async () => {
      await payload.update({ collection: 'press-releases', id, data: { _status: 'published', summary: 'Final summary' } as never, ...as('ministry-editor') })
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect(entry).toMatchObject({ action: 'publish', documentStatus: 'published', userEmail: fx.users['ministry-editor'].email, missions: [fx.missions.A] })
      expect(changeOf(entry, 'summary')).toMatchObject({ after: null, omitted: 'long text' })
      expect(changeOf(entry, 'publishedAt')?.before).toBeNull()
      expect(changeOf(entry, 'publishedAt')?.after).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    })

    it('update of live content, and a draft revision over it, stay updates', async () => {
      await payload.update({ collection: 'press-releases', id, data: { title: 'Trade fair in Madrid, 2026' } as never, ...as('ministry-editor') })
      await payload.update({ collection: 'press-releases', id, draft: true, data: { title: 'Trade fair (revised)' } as never, ...as('mission-editor') })
      const [live, revision] = await next()
      expect([live.action, live.documentStatus, changeOf(live, 'title')?.after]).toEqual(['update', 'published', 'Trade fair in Madrid, 2026'])
      expect([revision.action, revision.documentStatus, changeOf(revision, 'title')?.after]).toEqual(['update', 'draft', 'Trade fair (revised)'])
    })

    it('unpublish: a ministry editor takes it down', async () => {
      await payload.update({ collection: 'press-releases', id, data: { _status: 'draft' } as never, ...as('ministry-editor') })
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect([entry.action, entry.documentStatus, entry.userRole]).toEqual(['unpublish', 'draft', 'ministry-editor'])
    })

    it('restore: an earlier version comes back, compared with what it replaced', async () => {
      const { docs } = await payload.findVersions({ collection: 'press-releases', where: { parent: { equals: id } }, sort: 'createdAt', limit: 50 })
      const first = docs.find((v) => (v.version as { title?: string }).title === 'Trade fair in Madrid' && (v.version as { summary?: string }).summary === 'A short summary')!
      await payload.restoreVersion({ collection: 'press-releases', id: String(first.id), ...as('ministry-admin') })
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect(entry).toMatchObject({ action: 'restore', userRole: 'ministry-admin', missions: [fx.missions.A] })
      expect(changeOf(entry, 'title')).toEqual({ field: 'title', before: 'Trade fair (revised)', after: 'Trade fair in Madrid', omitted: null })
      expect(changeOf(entry, 'summary')).toEqual({ field: 'summary', before: 'Final summary', after: 'A short summary', omitted: null })
      expect(changeOf(entry, 'body')).toEqual({ field: 'body', before: null, after: null, omitted: 'rich text' })
    })

    it('delete: who removed which document', async () => {
      await payload.delete({ collection: 'press-releases', id, ...as('ministry-editor') })
      const [entry, ...more] = await next()
      expect(more).toEqual([])
      expect(entry).toMatchObject({ action: 'delete', documentId: id, title: 'Trade fair in Madrid', missions: [fx.missions.A], changes: [] })
    })
  })

  it('a change in another language is compared in that language, without falling back', async () => {
    const id = fx.pressReleases.A.published
    const seen = (await entriesOf(payload, 'press-releases', id)).length
    await payload.update({
      collection: 'press-releases', id, locale: 'en', draft: true, data: { title: 'English title', summary: 'English summary' } as never, ...as('ministry-editor'),
    })
    const [entry] = await only('press-releases', id, seen)
    expect(entry.locale).toBe('en')
    // Before, the English title was empty: the Spanish one it fell back to is not what changed.
    expect(changeOf(entry, 'title')).toEqual({ field: 'title', before: null, after: 'English title', omitted: null })
    expect(changeOf(entry, 'summary')?.after).toBe('English summary')
    expect(entry.changes.map((c) => c.field)).not.toContain('slug')
  })

  it('documents of several missions are filed under each; a mission under itself', async () => {
    await payload.update({ collection: 'services', id: fx.services.published, data: { processingTime: '5 days' } as never, ...as('ministry-editor') })
    const [service] = (await entriesOf(payload, 'services', fx.services.published)).slice(-1)
    expect(service.missions.sort()).toEqual([fx.missions.A, fx.missions.B].sort())
    await payload.update({ collection: 'missions', id: fx.missions.A, data: { headOfMission: { name: 'Ana Ruiz' } } as never, ...as('mission-editor') })
    const [mission] = (await entriesOf(payload, 'missions', fx.missions.A)).slice(-1)
    expect(mission).toMatchObject({ action: 'update', missions: [fx.missions.A], title: 'Embassy A' })
    expect(changeOf(mission, 'headOfMission.name')).toEqual({ field: 'headOfMission.name', before: null, after: 'Ana Ruiz', omitted: null })
  })

  it('an image upload records its file name and alternative text, and the ministry settings their global', async () => {
    const image = await payload.create({
      collection: 'media', data: { alt: 'Embassy garden', mission: fx.missions.A } as never, file: await pngFile('garden.png'), ...as('mission-editor'),
    })
    const [entry] = await entriesOf(payload, 'media', String(image.id))
    expect(entry).toMatchObject({ action: 'create', title: 'Embassy garden', missions: [fx.missions.A] })
    expect(changeOf(entry, 'filename')?.after).toBe('garden.png')
    expect(entry.changes.map((c) => c.field)).not.toContain('sizes.thumbnail.url')

    await payload.updateGlobal({ slug: 'ministry', data: { footerText: 'New footer' } as never, ...as('ministry-admin') })
    const [global] = (await entries(payload, { collection: { equals: 'ministry' } })).slice(-1)
    expect(global).toMatchObject({ action: 'update', documentId: null, missions: [], userRole: 'ministry-admin' })
    expect(global.changes).toEqual([{ field: 'footerText', before: 'Original footer', after: 'New footer', omitted: null }])
  })

  describe('personal data', () => {
    it('a booking made by the server (the public booking form) writes nothing', async () => {
      const before = await countEntries(payload)
      await payload.create({
        collection: 'bookings',
        data: bookingData(fx.missions.A, fx.schedules.A, fx.services.published, fx.offices.A, `trail@${CITIZEN_DOMAIN}`, 'trail-1') as never,
      })
      expect(await countEntries(payload)).toBe(before)
    })

    it("staff changing a booking or an enquiry is recorded by id and field names, never the citizen's words", async () => {
      await payload.update({ collection: 'bookings', id: fx.bookings.A, data: { status: 'cancelled', cancelReason: 'Consul away' } as never, ...as('mission-editor') })
      await payload.update({ collection: 'enquiries', id: fx.enquiries.A, data: { internalNotes: 'Called back' } as never, ...as('mission-editor') })
      const [booking] = await entriesOf(payload, 'bookings', fx.bookings.A)
      const [enquiry] = await entriesOf(payload, 'enquiries', fx.enquiries.A)
      expect(booking).toMatchObject({ action: 'update', title: null, missions: [fx.missions.A], userRole: 'mission-editor' })
      expect(booking.changes).toContainEqual({ field: 'cancelReason', before: null, after: null, omitted: 'personal data' })
      expect(enquiry.changes).toEqual([{ field: 'internalNotes', before: null, after: null, omitted: 'personal data' }])
      for (const entry of [booking, enquiry]) {
        const text = JSON.stringify(entry)
        expect(text).not.toContain(PERSONAL_MARKER)
        expect(text).not.toContain(CITIZEN_DOMAIN)
        expect(text).not.toContain(citizenEmail('A'))
        expect(text).not.toContain('Consul away')
        expect(text).not.toContain('Called back')
      }
    })
  })

  describe('accounts', () => {
    it("a role change records the role and missions before and after; a change of name writes nothing", async () => {
      const editor = fx.users['mission-editor'].id
      const seen = (await entriesOf(payload, 'users', editor)).length
      await payload.update({ collection: 'users', id: editor, data: { name: 'Renamed editor' } as never, ...as('mission-editor') })
      expect(await only('users', editor, seen)).toEqual([])
      await payload.update({ collection: 'users', id: editor, data: { missions: [fx.missions.A, fx.missions.B] } as never, ...as('ministry-admin') })
      await payload.update({ collection: 'users', id: editor, data: { role: 'ministry-editor' } as never, ...as('ministry-admin') })
      const [missions, role] = await only('users', editor, seen)
      expect(missions).toMatchObject({ action: 'role-change', title: fx.users['mission-editor'].email, userRole: 'ministry-admin' })
      expect(missions.changes).toEqual([{ field: 'missions', before: JSON.stringify([fx.missions.A]), after: JSON.stringify([fx.missions.A, fx.missions.B]), omitted: null }])
      expect(role.changes).toEqual([
        { field: 'role', before: 'mission-editor', after: 'ministry-editor', omitted: null },
        { field: 'missions', before: JSON.stringify([fx.missions.A, fx.missions.B]), after: null, omitted: null },
      ])
      await payload.update({ collection: 'users', id: editor, data: { role: 'mission-editor', missions: [fx.missions.A] } as never })
    })

    it('a new account records its role, never its password', async () => {
      const user = await payload.create({
        collection: 'users', ...as('ministry-admin'),
        data: { email: 'New.Person@Ministry.example.org', password: 'a-secret-password-123', name: 'New person', role: 'ministry-editor' } as never,
      })
      const [entry] = await entriesOf(payload, 'users', String(user.id))
      expect(entry).toMatchObject({ action: 'create', title: 'new.person@ministry.example.org' })
      expect(entry.changes).toEqual([{ field: 'role', before: null, after: 'ministry-editor', omitted: null }])
      expect(JSON.stringify(entry)).not.toContain('a-secret-password-123')
    })
  })

  describe('no change, no entry', () => {
    it('a save that fails validation leaves no entry', async () => {
      const before = await countEntries(payload)
      await expect(payload.update({ collection: 'topics', id: fx.topic, data: { name: 'Renamed', slug: 'Not A Slug!' } as never, ...as('ministry-editor') }))
        .rejects.toMatchObject({ status: 400 })
      await expect(payload.update({ collection: 'press-releases', id: fx.pressReleases.A.draft, data: { _status: 'published', title: '' } as never, ...as('ministry-editor') }))
        .rejects.toMatchObject({ status: 400 })
      await expect(payload.create({ collection: 'topics', data: { slug: 'no-name' } as never, ...as('ministry-editor') })).rejects.toMatchObject({ status: 400 })
      expect(await countEntries(payload)).toBe(before)
    })

    it('a save rolled back with its transaction takes its entry with it', async () => {
      const before = await countEntries(payload)
      const req = await createLocalReq({ user: fx.users['ministry-editor'].user }, payload)
      await initTransaction(req)
      await payload.update({ collection: 'topics', id: fx.topic, data: { name: 'Rolled back name' } as never, req, overrideAccess: false })
      expect(await countEntries(payload)).toBe(before)
      await killTransaction(req)
      expect(await countEntries(payload)).toBe(before)
      expect((await payload.findByID({ collection: 'topics', id: fx.topic })).name).toBe('Consular affairs')
    })

    it("not even the server's own code (access control off) edits or deletes an entry", async () => {
      const [entry] = await entriesOf(payload, 'topics', fx.topic)
      const where = { id: { equals: entry.id } }
      for (const attempt of [
        payload.update({ collection: TRAIL, id: entry.id, data: { title: 'Rewritten' } as never }),
        payload.update({ collection: TRAIL, where, data: { title: 'Rewritten' } as never }),
        payload.delete({ collection: TRAIL, id: entry.id }),
        payload.delete({ collection: TRAIL, where }),
      ]) await expect(attempt).rejects.toMatchObject({ status: 403 })
      expect(await entries(payload, where)).toEqual([entry])
    })

    it('seeds and imports (context seeding) are not recorded', async () => {
      const before = await countEntries(payload)
      await payload.update({ collection: 'topics', id: fx.topic, data: { name: 'Seeded name' } as never, context: { seeding: true } })
      expect(await countEntries(payload)).toBe(before)
      await payload.update({ collection: 'topics', id: fx.topic, data: { name: 'Consular affairs' } as never, context: { seeding: true } })
    })
  })
})

import { describe, expect, it } from 'vitest'

import { pressReleaseData, titleOf } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { expectRefused } from '../matrix/refusal'
import { asActor } from '../matrix/runCell'

let n = 0
const slug = (what: string) => `${what}-${Date.now().toString(36)}-${n++}`

/** A mission editor of A trying to write outside A, or to put something before the public without review. */
export function missionEditorWriteAttacks(get: () => MatrixContext) {
  const editor = () => asActor(get(), 'mission-editor')

  /** A release of mission A made by a ministry user: published, or published and then revised as a draft. */
  const releaseOfA = async (status: 'published' | 'draft') => {
    const { payload, fx } = get()
    const doc = await payload.create({
      collection: 'press-releases',
      data: { ...pressReleaseData('A', status, slug('a'), fx.missions.A), _status: status } as never,
      draft: status === 'draft',
    })
    return String(doc.id)
  }
  const mainDoc = (id: string) => get().payload.findByID({ collection: 'press-releases', id, depth: 0 })
  const latest = (id: string) => get().payload.findByID({ collection: 'press-releases', id, depth: 0, draft: true })

  describe('a mission editor of A writing beyond mission A', () => {
    it("bulk update and bulk delete aimed at B's releases change and remove nothing", async () => {
      const { payload, fx } = get()
      const whereB = { mission: { equals: fx.missions.B } }
      const before = await payload.find({ collection: 'press-releases', where: whereB, depth: 0, draft: true })
      const updated = await payload.update({ collection: 'press-releases', where: whereB, data: { summary: 'Hijacked' }, draft: true, ...editor() })
        .then((r) => r.docs, () => [])
      const deleted = await payload.delete({ collection: 'press-releases', where: whereB, ...editor() }).then((r) => r.docs, () => [])
      expect(updated).toEqual([])
      expect(deleted).toEqual([])
      const after = await payload.find({ collection: 'press-releases', where: whereB, depth: 0, draft: true })
      expect(after.docs.map((d) => [d.id, d.summary])).toEqual(before.docs.map((d) => [d.id, d.summary]))
    })

    it('cannot file a release as a ministry release (no mission)', async () => {
      const { payload } = get()
      const data = { ...pressReleaseData('ministry', 'draft', slug('ministry'), undefined), mission: null }
      await expectRefused(payload.create({ collection: 'press-releases', data: data as never, draft: true, ...editor() }))
      expect((await payload.count({ collection: 'press-releases', where: { slug: { equals: data.slug } } })).totalDocs).toBe(0)
    })

    it("cannot move A's release to B nor turn it into a ministry release", async () => {
      const { payload, fx } = get()
      const id = await releaseOfA('draft')
      await expectRefused(payload.update({ collection: 'press-releases', id, data: { mission: fx.missions.B }, draft: true, ...editor() }))
      await expectRefused(payload.update({ collection: 'press-releases', id, data: { mission: null } as never, draft: true, ...editor() }))
      expect((await latest(id)).mission).toBe(fx.missions.A)
      expect((await mainDoc(id)).mission).toBe(fx.missions.A)
    })

    it('cannot publish own draft, whether by setting _status or by saving a draft with _status published', async () => {
      const { payload } = get()
      const id = await releaseOfA('draft')
      await expectRefused(payload.update({ collection: 'press-releases', id, data: { _status: 'published' }, ...editor() }))
      await expectRefused(payload.update({ collection: 'press-releases', id, data: { _status: 'published' }, draft: true, ...editor() }))
      expect((await mainDoc(id))._status).toBe('draft')
      const published = await payload.countVersions({ collection: 'press-releases', where: { parent: { equals: id }, 'version._status': { equals: 'published' } } })
      expect(published.totalDocs).toBe(0)
    })

    it('cannot create a release already published', async () => {
      const { payload } = get()
      const data = { ...pressReleaseData('A', 'published', slug('pub'), get().fx.missions.A), _status: 'published' }
      await expectRefused(payload.create({ collection: 'press-releases', data: data as never, ...editor() }))
      expect((await payload.count({ collection: 'press-releases', where: { slug: { equals: data.slug } } })).totalDocs).toBe(0)
    })

    it('saves a revision of a published release of A as a draft, which the public does not see', async () => {
      const { payload } = get()
      const id = await releaseOfA('published')
      await payload.update({ collection: 'press-releases', id, data: { summary: 'Proposed new wording' }, draft: true, ...editor() })
      expect((await latest(id)).summary).toBe('Proposed new wording')
      const publicView = await payload.findByID({ collection: 'press-releases', id, overrideAccess: false, depth: 0 })
      expect(publicView.summary).not.toBe('Proposed new wording')
    })

    it("cannot change the live text of A's published release without review (update without draft)", async () => {
      const { payload } = get()
      const id = await releaseOfA('published')
      const live = (await mainDoc(id)).summary
      await payload.update({ collection: 'press-releases', id, data: { summary: 'Edited live' }, ...editor() }).catch(() => undefined)
      expect((await mainDoc(id)).summary).toBe(live)
      expect((await mainDoc(id))._status).toBe('published')
    })

    it("cannot take A's published release down by unpublishing it", async () => {
      const { payload } = get()
      const id = await releaseOfA('published')
      await payload.update({ collection: 'press-releases', id, data: { _status: 'draft' }, ...editor() }).catch(() => undefined)
      expect((await mainDoc(id))._status).toBe('published')
    })

    it("cannot overwrite A's published release with its pending revision by saving without draft", async () => {
      const { payload } = get()
      const id = await releaseOfA('published')
      const live = await mainDoc(id)
      await payload.update({ collection: 'press-releases', id, data: { title: 'Pending revision' }, draft: true })
      await payload.update({ collection: 'press-releases', id, data: { summary: 'Edited live' }, ...editor() }).catch(() => undefined)
      const after = await mainDoc(id)
      expect([after._status, after.title, after.summary]).toEqual(['published', live.title, live.summary])
    })

    it('cannot republish an older published version of an A release by restoring it', async () => {
      const { payload } = get()
      const id = await releaseOfA('published')
      await payload.update({ collection: 'press-releases', id, data: { title: 'Corrected title' }, draft: false })
      const { docs } = await payload.findVersions({ collection: 'press-releases', where: { parent: { equals: id } }, sort: 'createdAt' })
      const first = docs.find((v) => v.version.title === titleOf('press release', 'A', 'published'))!
      await expectRefused(payload.restoreVersion({ collection: 'press-releases', id: String(first.id), ...editor() }))
      expect((await mainDoc(id)).title).toBe('Corrected title')
    })

    it("cannot restore a version of B's release nor duplicate B's release", async () => {
      const { payload, fx } = get()
      const id = fx.pressReleases.B.published
      const before = await payload.count({ collection: 'press-releases', where: { mission: { equals: fx.missions.B } } })
      const { docs } = await payload.findVersions({ collection: 'press-releases', where: { parent: { equals: id } } })
      await expectRefused(payload.restoreVersion({ collection: 'press-releases', id: String(docs[0].id), ...editor() }))
      await expectRefused(payload.duplicate({ collection: 'press-releases', id, ...editor() }))
      const after = await payload.count({ collection: 'press-releases', where: { mission: { equals: fx.missions.B } } })
      expect(after.totalDocs).toBe(before.totalDocs)
      expect((await mainDoc(id)).title).toBe(titleOf('press release', 'B', 'published'))
    })

    it("cannot move A's media or social account to B", async () => {
      const { payload, fx } = get()
      for (const [collection, id] of [['media', fx.media.A], ['social-accounts', fx.socialAccounts.A]] as const) {
        await expectRefused(payload.update({ collection, id, data: { mission: fx.missions.B }, ...editor() }))
        expect((await payload.findByID({ collection, id, depth: 0 })).mission).toBe(fx.missions.A)
      }
    })

    it('cannot register a social account owned by the ministry or a related body, nor convert A’s account into one', async () => {
      const { payload, fx } = get()
      for (const [ownerType, extra] of [['ministry', {}], ['related-body', { relatedBody: 'Trade agency' }]] as const) {
        const url = `https://x.com/${slug(ownerType).replace(/-/g, '_')}`
        await payload.create({
          collection: 'social-accounts',
          data: { ownerType, mission: fx.missions.A, platform: fx.platform, url, ...extra } as never,
          ...editor(),
        }).catch(() => undefined)
        const stored = await payload.find({ collection: 'social-accounts', where: { url: { equals: url } }, depth: 0 })
        expect(stored.docs.filter((d) => d.ownerType !== 'mission')).toEqual([])
      }
      await payload.update({ collection: 'social-accounts', id: fx.socialAccounts.A, data: { ownerType: 'ministry' }, ...editor() }).catch(() => undefined)
      const account = await payload.findByID({ collection: 'social-accounts', id: fx.socialAccounts.A, depth: 0 })
      expect([account.ownerType, account.mission]).toEqual(['mission', fx.missions.A])
    })

    it("cannot change the structural fields of their own mission (address, slug, status, languages)", async () => {
      const { payload, fx } = get()
      const before = await payload.findByID({ collection: 'missions', id: fx.missions.A, depth: 0 })
      await payload.update({
        collection: 'missions', id: fx.missions.A,
        data: { slug: 'hijacked', baseUrl: 'https://evil.example.com', status: 'closed', siteLocales: ['es', 'en', 'fr'], parent: fx.missions.B } as never,
        ...editor(),
      }).catch(() => undefined)
      const after = await payload.findByID({ collection: 'missions', id: fx.missions.A, depth: 0 })
      for (const field of ['slug', 'baseUrl', 'status', 'siteLocales', 'parent'] as const) expect(after[field]).toEqual(before[field])
    })

    it('cannot give themself another role or another mission, nor delete their own account', async () => {
      const { payload, fx } = get()
      const me = fx.users['mission-editor'].id
      await payload.update({ collection: 'users', id: me, data: { role: 'ministry-admin', missions: [fx.missions.A, fx.missions.B] }, ...editor() })
        .catch(() => undefined)
      const stored = await payload.findByID({ collection: 'users', id: me, depth: 0 })
      expect(stored.role).toBe('mission-editor')
      expect(stored.missions).toEqual([fx.missions.A])
      await expectRefused(payload.delete({ collection: 'users', id: me, ...editor() }))
      const other = fx.users['ministry-editor'].id
      const before = await payload.findByID({ collection: 'users', id: other })
      await expectRefused(payload.update({ collection: 'users', id: other, data: { name: 'Hijacked', role: 'mission-editor' }, ...editor() }))
      const after = await payload.findByID({ collection: 'users', id: other })
      expect([after.name, after.role]).toEqual([before.name, before.role])
    })
  })
}

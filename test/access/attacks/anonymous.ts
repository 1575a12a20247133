import { describe, expect, it } from 'vitest'

import { DRAFT_MARKER, INTERNAL_NOTE, titleOf } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { expectRefused, refusedAsEmpty } from '../matrix/refusal'
import { asActor } from '../matrix/runCell'

const VERSIONED = [
  { collection: 'press-releases', kind: 'press release' },
  { collection: 'mission-pages', kind: 'mission page' },
  { collection: 'services', kind: 'service' },
] as const

/** What a visitor without an account can get out of the CMS: published content and nothing else. */
export function anonymousAttacks(get: () => MatrixContext) {
  const anonymous = () => asActor(get(), 'anonymous')

  describe('an anonymous visitor', () => {
    for (const { collection, kind } of VERSIONED) {
      it(`${collection}: lists published documents only, even asking for drafts`, async () => {
        const { payload } = get()
        for (const draft of [false, true]) {
          const { docs } = await payload.find({ collection, draft, limit: 200, ...anonymous() })
          const titles = docs.map((d) => String(d.title))
          expect(titles.filter((t) => t.includes(DRAFT_MARKER))).toEqual([])
          expect(docs.every((d) => d._status === 'published')).toBe(true)
          if (!draft || collection !== 'press-releases') expect(titles).toContain(titleOf(kind, collection === 'services' ? 'ministry' : 'A', 'published'))
        }
      })

      it(`${collection}: cannot read any version history`, async () => {
        const { payload } = get()
        await expectRefused(payload.findVersions({ collection, ...anonymous() }))
        const { docs } = await payload.findVersions({ collection, limit: 1 })
        await expectRefused(payload.findVersionByID({ collection, id: String(docs[0].id), ...anonymous() }))
      })
    }

    it('cannot open a draft by id, nor see the unpublished revision of a published release', async () => {
      const { payload, fx } = get()
      for (const id of [fx.pressReleases.A.draft, fx.pressReleases.ministry.draft]) {
        await expectRefused(payload.findByID({ collection: 'press-releases', id, draft: true, ...anonymous() }))
      }
      await expectRefused(payload.findByID({ collection: 'mission-pages', id: fx.missionPages.B.draft, draft: true, ...anonymous() }))
      await expectRefused(payload.findByID({ collection: 'services', id: fx.services.draft, draft: true, ...anonymous() }))
      const revised = await payload.findByID({ collection: 'press-releases', id: fx.pressReleases.B.published, draft: true, ...anonymous() })
      expect(revised.title).toBe(titleOf('press release', 'B', 'published'))
    })

    it('counts published documents only', async () => {
      const { payload } = get()
      const published = await payload.count({ collection: 'press-releases', where: { _status: { equals: 'published' } } })
      const all = await payload.count({ collection: 'press-releases' })
      const seen = await payload.count({ collection: 'press-releases', ...anonymous() })
      expect(all.totalDocs).toBeGreaterThan(published.totalDocs)
      expect(seen.totalDocs).toBe(published.totalDocs)
    })

    it('cannot list, count or open user accounts', async () => {
      const { payload, fx } = get()
      await expectRefused(payload.find({ collection: 'users', ...anonymous() }))
      const counted = await payload.count({ collection: 'users', ...anonymous() }).then((r) => r.totalDocs, (e) => refusedAsEmpty(e).length)
      expect(counted).toBe(0)
      await expectRefused(payload.findByID({ collection: 'users', id: fx.users['ministry-admin'].id, ...anonymous() }))
    })

    it("never receives a mission's internal notes and cannot search by them", async () => {
      const { payload, fx } = get()
      const { docs } = await payload.find({ collection: 'missions', ...anonymous() })
      expect(docs.length).toBe(2)
      expect(docs.map((d) => d.internalNotes)).toEqual([undefined, undefined])
      expect(JSON.stringify(docs)).not.toContain(INTERNAL_NOTE)
      const byId = await payload.findByID({ collection: 'missions', id: fx.missions.A, ...anonymous() })
      expect(byId.internalNotes).toBeUndefined()
      const probe = await payload
        .find({ collection: 'missions', where: { internalNotes: { like: 'Confidential' } }, ...anonymous() })
        .then((r) => r.docs, refusedAsEmpty)
      expect(probe).toEqual([])
    })
  })
}

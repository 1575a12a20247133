import { describe, expect, it } from 'vitest'

import { DRAFT_MARKER, titleOf } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { expectRefused } from '../matrix/refusal'
import { asActor } from '../matrix/runCell'

const KINDS = { 'press-releases': 'press release', 'mission-pages': 'mission page' } as const

/** A mission editor of A trying to see what mission B and the ministry have not published. */
export function missionEditorReadAttacks(get: () => MatrixContext) {
  const editor = () => asActor(get(), 'mission-editor')

  describe('a mission editor of A reading beyond mission A', () => {
    for (const [collection, kind] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
      it(`${collection}: lists A's drafts but no draft of B or of the ministry, with or without draft: true`, async () => {
        const { payload } = get()
        for (const draft of [true, false]) {
          const { docs } = await payload.find({ collection, draft, limit: 200, ...editor() })
          const titles = docs.map((d) => String(d.title))
          expect(titles).toContain(titleOf(kind, 'A', 'draft'))
          if (!draft) expect(titles).toContain(titleOf(kind, 'B', 'published'))
          expect(titles.filter((t) => t.includes(DRAFT_MARKER) && !t.endsWith('mission A'))).toEqual([])
        }
      })

      it(`${collection}: cannot open B's draft by id, even asking for the draft`, async () => {
        const { payload, fx } = get()
        const id = fx[collection === 'press-releases' ? 'pressReleases' : 'missionPages'].B.draft
        await expectRefused(payload.findByID({ collection, id, draft: true, ...editor() }))
        const { docs } = await payload.find({ collection, where: { title: { like: DRAFT_MARKER } }, draft: true, ...editor() })
        expect(docs.map((d) => String(d.title)).every((t) => t.endsWith('mission A'))).toBe(true)
      })

      it(`${collection}: version history shows A's documents only (the rule is applied under "version.")`, async () => {
        const { payload, fx } = get()
        const all = await payload.findVersions({ collection, limit: 500, depth: 0 })
        const { docs } = await payload.findVersions({ collection, limit: 500, ...editor() })
        const missionOf = (v: { version: { mission?: unknown } }) => v.version.mission
        expect(all.docs.some((v) => missionOf(v) === fx.missions.B)).toBe(true)
        expect(docs.length).toBeGreaterThan(0)
        expect(docs.every((v) => missionOf(v) === fx.missions.A)).toBe(true)
        expect(docs.length).toBe(all.docs.filter((v) => missionOf(v) === fx.missions.A).length)

        const versionOfB = all.docs.find((v) => missionOf(v) === fx.missions.B)!
        await expectRefused(payload.findVersionByID({ collection, id: String(versionOfB.id), ...editor() }))
      })
    }

    it("press-releases: never sees the unpublished revision of B's published release, nor ministry drafts", async () => {
      const { payload, fx } = get()
      const doc = await payload.findByID({ collection: 'press-releases', id: fx.pressReleases.B.published, draft: true, ...editor() })
      expect(doc.title).toBe(titleOf('press release', 'B', 'published'))
      const { docs } = await payload.find({ collection: 'press-releases', draft: true, limit: 200, ...editor() })
      const titles = docs.map((d) => d.title)
      expect(titles).not.toContain(fx.pendingRevisionTitle)
      expect(titles).not.toContain(titleOf('press release', 'ministry', 'draft'))
      await expectRefused(payload.findByID({ collection: 'press-releases', id: fx.pressReleases.ministry.draft, draft: true, ...editor() }))
    })

    it('users: reads only their own account', async () => {
      const { payload, fx } = get()
      const { docs } = await payload.find({ collection: 'users', limit: 50, ...editor() })
      expect(docs.map((d) => String(d.id))).toEqual([fx.users['mission-editor'].id])
      await expectRefused(payload.findByID({ collection: 'users', id: fx.users['ministry-admin'].id, ...editor() }))
    })
  })
}

import { describe, expect, it } from 'vitest'

import { INTERNAL_NOTE } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { asActor } from '../matrix/runCell'

/** Signed-in staff: internal notes are theirs to read, but only an administrator hands out roles. */
export function staffAttacks(get: () => MatrixContext) {
  describe('signed-in staff', () => {
    it('every signed-in role reads the internal notes of missions', async () => {
      const { payload, fx } = get()
      for (const role of ['ministry-admin', 'ministry-editor', 'mission-editor'] as const) {
        const doc = await payload.findByID({ collection: 'missions', id: fx.missions.B, ...asActor(get(), role) })
        expect(doc.internalNotes).toContain(INTERNAL_NOTE)
      }
    })

    it('a ministry editor cannot promote themself to administrator', async () => {
      const { payload, fx } = get()
      const me = fx.users['ministry-editor'].id
      await payload.update({ collection: 'users', id: me, data: { role: 'ministry-admin' }, ...asActor(get(), 'ministry-editor') })
        .catch(() => undefined)
      expect((await payload.findByID({ collection: 'users', id: me })).role).toBe('ministry-editor')
    })

    it('an administrator assigns a mission editor to another mission', async () => {
      const { payload, fx } = get()
      const editor = fx.users['mission-editor'].id
      await payload.update({ collection: 'users', id: editor, data: { missions: [fx.missions.A, fx.missions.B] }, ...asActor(get(), 'ministry-admin') })
      expect((await payload.findByID({ collection: 'users', id: editor, depth: 0 })).missions).toEqual([fx.missions.A, fx.missions.B])
      await payload.update({ collection: 'users', id: editor, data: { missions: [fx.missions.A] } })
    })
  })
}

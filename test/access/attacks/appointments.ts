import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { PERSONAL_MARKER, bookingData, citizenEmail, scheduleData } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { expectRefused, refusedAsEmpty } from '../matrix/refusal'
import { asActor } from '../matrix/runCell'

/** What the applicant gave and what the booking store stamps: staff read them, nobody rewrites them through the API. */
const APPLICANTS_OWN = [
  'reference', 'mission', 'schedule', 'service', 'office', 'slotStart', 'slotEnd', 'place', 'name', 'email', 'phone',
  'documentNumber', 'people', 'locale', 'history', 'placeKey', 'tokenNonce', 'idempotencyKey', 'sequence', 'reminderSentAt', 'anonymisedAt',
] as const

let n = 0
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`

/**
 * Bookings are personal data: nobody outside the ministry and the booking's own mission learns
 * anything of them, not even how many there are or whether an address has booked, and nobody
 * rewrites what the applicant gave. Schedules are public, but each mission writes only its own.
 */
export function appointmentAttacks(get: () => MatrixContext) {
  const ids = (docs: { id: unknown }[]) => docs.map((d) => String(d.id)).sort()
  const stored = async (where: Where = {}) => ids((await get().payload.find({ collection: 'bookings', where, depth: 0, pagination: false })).docs)
  const seenCount = (actor: 'anonymous' | 'mission-editor', where?: Where) =>
    get().payload.count({ collection: 'bookings', where, ...asActor(get(), actor) }).then((r) => r.totalDocs, (e) => refusedAsEmpty(e).length)

  describe('an anonymous visitor and bookings', () => {
    it('lists nothing, counts nothing, opens nothing, and cannot probe by address or reference', async () => {
      const { payload, fx } = get()
      const anonymous = asActor(get(), 'anonymous')
      expect((await stored()).length).toBeGreaterThan(0)
      const listed = await payload.find({ collection: 'bookings', limit: 0, ...anonymous }).then((r) => [r.totalDocs, ...r.docs], refusedAsEmpty)
      expect(listed).toEqual([])
      expect(await seenCount('anonymous')).toBe(0)
      expect(await seenCount('anonymous', { email: { equals: citizenEmail('A') } })).toBe(0)
      expect(await seenCount('anonymous', { reference: { like: 'TST-' } })).toBe(0)
      const error = await expectRefused(payload.findByID({ collection: 'bookings', id: fx.bookings.A, ...anonymous }))
      expect(JSON.stringify(error)).not.toContain(PERSONAL_MARKER)
    })

    it('reads schedules, which hold no one\'s data', async () => {
      const { payload, fx } = get()
      const doc = await payload.findByID({ collection: 'appointment-schedules', id: fx.schedules.B, ...asActor(get(), 'anonymous') })
      expect(JSON.stringify(doc)).not.toContain(PERSONAL_MARKER)
    })
  })

  describe('a mission editor of A and bookings', () => {
    const editor = () => asActor(get(), 'mission-editor')

    it("lists and counts exactly mission A's, whatever the query asks for", async () => {
      const { payload, fx } = get()
      const ofA = await stored({ mission: { equals: fx.missions.A } })
      expect(ofA.length).toBeGreaterThan(0)
      expect((await stored({ mission: { equals: fx.missions.B } })).length).toBeGreaterThan(0)
      const all = await payload.find({ collection: 'bookings', pagination: false, ...editor() })
      expect(ids(all.docs)).toEqual(ofA)
      expect(await seenCount('mission-editor')).toBe(ofA.length)
      const aimedAtB: Where[] = [
        { mission: { equals: fx.missions.B } },
        { schedule: { equals: fx.schedules.B } },
        { email: { equals: citizenEmail('B') } },
        { or: [{ mission: { equals: fx.missions.B } }, { id: { exists: true } }] },
      ]
      for (const where of aimedAtB) {
        const { docs } = await payload.find({ collection: 'bookings', where, pagination: false, ...editor() })
        expect(docs.every((d) => d.mission === fx.missions.A), JSON.stringify(where)).toBe(true)
        expect(await seenCount('mission-editor', { and: [where, { mission: { not_equals: fx.missions.A } }] })).toBe(0)
      }
    })

    it("cannot open B's booking by id", async () => {
      const { payload, fx } = get()
      const error = await expectRefused(payload.findByID({ collection: 'bookings', id: fx.bookings.B, ...editor() }))
      expect(JSON.stringify(error)).not.toContain(citizenEmail('B'))
    })

    it("cannot cancel, check in or delete B's bookings in bulk, nor delete A's", async () => {
      const { payload, fx } = get()
      for (const mission of [fx.missions.B, fx.missions.A]) {
        const where = { mission: { equals: mission } }
        const before = (await payload.find({ collection: 'bookings', where, depth: 0, pagination: false, showHiddenFields: true })).docs
        if (mission === fx.missions.B) {
          const updated = await payload.update({ collection: 'bookings', where, data: { status: 'cancelled', cancelReason: 'Hijacked' }, ...editor() })
            .then((r) => r.docs, refusedAsEmpty)
          expect(updated).toEqual([])
        }
        const deleted = await payload.delete({ collection: 'bookings', where, ...editor() }).then((r) => r.docs, refusedAsEmpty)
        expect(deleted).toEqual([])
        expect((await payload.find({ collection: 'bookings', where, depth: 0, pagination: false, showHiddenFields: true })).docs).toEqual(before)
      }
    })

    it("cannot file a schedule under B, nor move A's schedule there", async () => {
      const { payload, fx } = get()
      const count = (await payload.count({ collection: 'appointment-schedules' })).totalDocs
      await expectRefused(payload.create({ collection: 'appointment-schedules', data: scheduleData(fx.missions.B, fx.offices.B, fx.services.draft) as never, ...editor() }))
      expect((await payload.count({ collection: 'appointment-schedules' })).totalDocs).toBe(count)
      await payload.update({ collection: 'appointment-schedules', id: fx.schedules.A, data: { mission: fx.missions.B } as never, ...editor() }).catch(() => undefined)
      expect((await payload.findByID({ collection: 'appointment-schedules', id: fx.schedules.A, depth: 0 })).mission).toBe(fx.missions.A)
    })
  })

  describe("what the applicant gave stays as given", () => {
    for (const role of ['mission-editor', 'ministry-editor', 'ministry-admin'] as const) {
      it(`${role}: cancelling a booking of A cannot rewrite the applicant's fields or the store's stamps, nor move it`, async () => {
        const { payload, fx } = get()
        const tag = `keep-${unique()}`
        const { id } = await payload.create({
          collection: 'bookings',
          data: bookingData(fx.missions.A, fx.schedules.A, fx.services.published, fx.offices.A, `${tag}@citizen.example.net`, tag) as never,
        })
        const before = await payload.findByID({ collection: 'bookings', id, depth: 0, showHiddenFields: true })
        const forged = {
          reference: 'MEX-2027-A999999', schedule: fx.schedules.B, service: fx.services.draft, office: fx.offices.B,
          slotStart: '2030-01-01T08:00:00.000Z', slotEnd: '2030-01-01T08:15:00.000Z', place: 9, name: 'Forged', email: 'forged@example.org',
          phone: '+1 555 0100', documentNumber: 'FORGED', people: 6, locale: 'fr', history: [], placeKey: 'forged', tokenNonce: 'forged-nonce-0123456789',
          idempotencyKey: 'forged', sequence: 1, reminderSentAt: '2020-01-01T00:00:00.000Z', anonymisedAt: '2020-01-01T00:00:00.000Z',
        }
        await payload.update({ collection: 'bookings', id, data: { ...forged, cancelReason: `Forged along (${role})` } as never, ...asActor(get(), role) })
        await payload.update({ collection: 'bookings', id, data: { mission: fx.missions.B } as never, ...asActor(get(), role) }).catch(() => undefined)
        const after = await payload.findByID({ collection: 'bookings', id, depth: 0, showHiddenFields: true })
        expect(after.cancelReason).toBe(`Forged along (${role})`)
        expect(after.mission).toBe(fx.missions.A)
        for (const field of APPLICANTS_OWN) expect(after[field], field).toEqual(before[field])
        await payload.delete({ collection: 'bookings', id })
      })
    }
  })
}

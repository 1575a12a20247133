import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { PERSONAL_MARKER, citizenEmail, enquiryData, surveyResponseData } from '../../support/accessFixture'
import type { MatrixContext } from '../matrix/drivers'
import { expectRefused, refusedAsEmpty } from '../matrix/refusal'
import { asActor } from '../matrix/runCell'

const PERSONAL = ['enquiries', 'survey-responses'] as const

/** The fields a citizen filled in and those the server stamps: staff read them, nobody rewrites them. */
const CITIZENS_OWN = [
  'reference', 'mission', 'topic', 'locale', 'name', 'email', 'phone', 'message',
  'repliedBy', 'repliedAt', 'firstRepliedAt', 'closedAt', 'anonymisedAt', 'idempotencyKey', 'sequence',
] as const

let n = 0
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`

/**
 * Enquiries and survey answers are personal data: beyond the matrix's cells, nobody outside the
 * ministry and the enquiry's own mission learns anything of them, not even how many there are,
 * and nobody rewrites what the citizen sent.
 */
export function citizenAttentionAttacks(get: () => MatrixContext) {
  const ids = (docs: { id: unknown }[]) => docs.map((d) => String(d.id)).sort()
  /** What exists, read with access control off. */
  const stored = async (collection: (typeof PERSONAL)[number], where: Where = {}) =>
    ids((await get().payload.find({ collection, where, depth: 0, pagination: false })).docs)
  const seenCount = (collection: (typeof PERSONAL)[number], actor: 'anonymous' | 'mission-editor', where?: Where) =>
    get().payload.count({ collection, where, ...asActor(get(), actor) }).then((r) => r.totalDocs, (e) => refusedAsEmpty(e).length)

  describe('an anonymous visitor and citizen attention', () => {
    for (const collection of PERSONAL) {
      it(`${collection}: lists nothing, counts nothing, opens nothing, and cannot probe by address`, async () => {
        const { payload, fx } = get()
        const anonymous = asActor(get(), 'anonymous')
        expect((await stored(collection)).length).toBeGreaterThan(0)
        const listed = await payload.find({ collection, limit: 0, ...anonymous }).then((r) => [r.totalDocs, ...r.docs], refusedAsEmpty)
        expect(listed).toEqual([])
        expect(await seenCount(collection, 'anonymous')).toBe(0)
        const probe: Where = collection === 'enquiries' ? { email: { equals: citizenEmail('A') } } : { rating: { greater_than: 0 } }
        expect(await seenCount(collection, 'anonymous', probe)).toBe(0)
        const id = collection === 'enquiries' ? fx.enquiries.A : fx.surveyResponses.A
        const error = await expectRefused(payload.findByID({ collection, id, ...anonymous }))
        expect(JSON.stringify(error)).not.toContain(PERSONAL_MARKER)
      })
    }
  })

  describe("a mission editor of A and citizen attention", () => {
    const editor = () => asActor(get(), 'mission-editor')

    for (const collection of PERSONAL) {
      it(`${collection}: lists and counts exactly mission A's, whatever the query asks for`, async () => {
        const { payload, fx } = get()
        const ofA = await stored(collection, { mission: { equals: fx.missions.A } })
        expect(ofA.length).toBeGreaterThan(0)
        expect((await stored(collection, { mission: { equals: fx.missions.B } })).length).toBeGreaterThan(0)

        const all = await payload.find({ collection, pagination: false, ...editor() })
        expect(ids(all.docs)).toEqual(ofA)
        expect(all.totalDocs).toBe(ofA.length)
        expect(await seenCount(collection, 'mission-editor')).toBe(ofA.length)

        const aimedAtB: Where[] = [
          { mission: { equals: fx.missions.B } },
          { mission: { in: [fx.missions.A, fx.missions.B] } },
          { or: [{ mission: { equals: fx.missions.B } }, { id: { exists: true } }] },
        ]
        for (const where of aimedAtB) {
          const { docs } = await payload.find({ collection, where, pagination: false, ...editor() })
          expect(docs.every((d) => d.mission === fx.missions.A), JSON.stringify(where)).toBe(true)
          expect(await seenCount(collection, 'mission-editor', { and: [where, { mission: { not_equals: fx.missions.A } }] })).toBe(0)
        }
      })

      it(`${collection}: cannot open B's by id`, async () => {
        const { payload, fx } = get()
        const id = collection === 'enquiries' ? fx.enquiries.B : fx.surveyResponses.B
        const error = await expectRefused(payload.findByID({ collection, id, ...editor() }))
        expect(JSON.stringify(error)).not.toContain(citizenEmail('B'))
      })
    }

    it("enquiries: cannot find B's enquirer by address nor by the reference's mission prefix", async () => {
      const { payload } = get()
      for (const where of [{ email: { equals: citizenEmail('B') } }, { email: { like: 'person' } }, { reference: { like: 'MEX-' } }] as Where[]) {
        const { docs } = await payload.find({ collection: 'enquiries', where, ...editor() })
        expect(docs.map((d) => d.email).filter((e) => e !== citizenEmail('A')), JSON.stringify(where)).toEqual([])
      }
    })

    it('cannot create an enquiry or a survey answer for their own mission, even leaving the mission to its default', async () => {
      const { payload, fx } = get()
      const reference = `TST-2026-own-${unique()}`
      for (const data of [enquiryData(fx.missions.A, reference, `own@${reference}.example`), { ...enquiryData(fx.missions.A, reference, 'x@example.org'), mission: undefined }]) {
        await expectRefused(payload.create({ collection: 'enquiries', data: data as never, ...editor() }))
      }
      expect(await stored('enquiries', { reference: { equals: reference } })).toEqual([])
      const comment = `Planted ${reference}`
      await expectRefused(payload.create({ collection: 'survey-responses', data: surveyResponseData(fx.missions.A, undefined, comment) as never, ...editor() }))
      expect(await stored('survey-responses', { comment: { equals: comment } })).toEqual([])
    })

    it("bulk updates and deletes aimed at B's enquiries, or at their own, change and remove nothing", async () => {
      const { payload, fx } = get()
      for (const mission of [fx.missions.B, fx.missions.A]) {
        const where = { mission: { equals: mission } }
        const before = (await payload.find({ collection: 'enquiries', where, depth: 0, pagination: false })).docs
        if (mission === fx.missions.B) {
          const updated = await payload.update({ collection: 'enquiries', where, data: { internalNotes: 'Hijacked' }, ...editor() })
            .then((r) => r.docs, refusedAsEmpty)
          expect(updated).toEqual([])
        }
        for (const collection of PERSONAL) {
          const deleted = await payload.delete({ collection, where, ...editor() }).then((r) => r.docs, refusedAsEmpty)
          expect(deleted).toEqual([])
        }
        const after = (await payload.find({ collection: 'enquiries', where, depth: 0, pagination: false })).docs
        expect(after).toEqual(before)
      }
    })
  })

  describe('what the citizen sent stays as sent', () => {
    for (const role of ['mission-editor', 'ministry-editor', 'ministry-admin'] as const) {
      it(`${role}: answering an enquiry of A cannot rewrite the citizen's fields or the server's stamps, nor move it`, async () => {
        const { payload, fx } = get()
        const reference = `TST-2026-keep-${unique()}`
        const { id } = await payload.create({ collection: 'enquiries', data: enquiryData(fx.missions.A, reference, `keep-${unique()}@citizen.example.net`, fx.enquiryTopic) as never })
        const before = await payload.findByID({ collection: 'enquiries', id, depth: 0, showHiddenFields: true })
        const forged = {
          reference: 'MEX-2026-999999', topic: null, locale: 'fr', name: 'Forged', email: 'forged@example.org', phone: '+1 555 0100',
          message: 'Forged message', repliedBy: fx.users[role].id, repliedAt: '2020-01-01T00:00:00.000Z',
          firstRepliedAt: '2020-01-01T00:00:00.000Z', closedAt: '2020-01-01T00:00:00.000Z', anonymisedAt: '2020-01-01T00:00:00.000Z',
          idempotencyKey: 'forged-key', sequence: 1,
        }
        const notes = `Answered by phone (${role})`
        // The staff's own part of the same save goes through: the forged fields are dropped, not the request.
        await payload.update({ collection: 'enquiries', id, data: { ...forged, internalNotes: notes } as never, ...asActor(get(), role) })
        await payload.update({ collection: 'enquiries', id, data: { mission: fx.missions.B } as never, ...asActor(get(), role) }).catch(() => undefined)
        const after = await payload.findByID({ collection: 'enquiries', id, depth: 0, showHiddenFields: true })
        expect(after.internalNotes).toBe(notes)
        for (const field of CITIZENS_OWN) expect(after[field], field).toEqual(before[field])
        await payload.delete({ collection: 'enquiries', id })
      })
    }
  })
}

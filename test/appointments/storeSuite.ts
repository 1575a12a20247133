import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { NOW_CONTEXT } from '../../collections/Bookings/hooks/changeStatusByStaff'
import { readBookingInput } from '../../src/appointments/bookingInput'
import { book, cancelByApplicant, findBookingForToken, moveBooking } from '../../src/appointments/bookingStore'
import { loadScheduleRules, loadSchedules } from '../../src/appointments/schedules'
import { takenPlaces } from '../../src/appointments/takenPlaces'
import type { ScheduleRules } from '../../src/appointments/types'
import { missionData } from '../collections/helpers/missions'
import { expectFieldError } from '../collections/helpers/rejection'
import type { TestPayload } from '../support/testPayload'
import { NOW, applicant, buildStoreFixture } from './storeFixture'

// Thursday 7 January 2027 in Madrid (UTC+1): 09:00, 09:15, 09:30 …
const SLOT = '2027-01-07T08:00:00.000Z'
const NEXT = '2027-01-07T08:15:00.000Z'
const LATER = '2027-01-07T08:30:00.000Z'

type Fixture = Awaited<ReturnType<typeof buildStoreFixture>>

/** Every stored booking, read with access control off, for "nothing changed" comparisons. */
async function allBookings(payload: Payload) {
  const { docs } = await payload.find({ collection: 'bookings', depth: 0, pagination: false, showHiddenFields: true, sort: 'createdAt' })
  return docs
}

async function holdersOf(payload: Payload, rules: ScheduleRules, slot: string) {
  const { docs } = await payload.find({
    collection: 'bookings', depth: 0, pagination: false, showHiddenFields: true,
    where: { and: [{ schedule: { equals: rules.scheduleId } }, { slotStart: { equals: slot } }, { status: { in: ['booked', 'attended', 'no-show'] } }] },
  })
  return docs
}

const person = (i: number | string) => applicant({ name: `Person ${i}`, email: `person${i}@example.org`, key: `key-${i}` })

/**
 * The booking store against a real database: capacity held by the database under 100
 * concurrent requests, atomic moves, single-use links, idempotent confirmations, and every
 * refusal storing nothing. Run once per adapter.
 */
export function describeStore(label: string, start: () => Promise<TestPayload>) {
  describe(`booking store (${label})`, () => {
    let t: TestPayload
    let single: Fixture
    let triple: Fixture
    const payload = () => t.payload

    beforeAll(async () => {
      t = await start()
      single = await buildStoreFixture(t.payload, { places: 1, slug: 'madrid' })
      triple = await buildStoreFixture(t.payload, { places: 3, slug: 'sevilla' })
    })
    afterAll(async () => {
      await t?.close()
    })

    describe('never double-booked', () => {
      it('100 concurrent requests for the only place of a slot: one booking, 99 "full", one row', async () => {
        const results = await Promise.all(Array.from({ length: 100 }, (_, i) => book(payload(), single.rules, SLOT, person(`a${i}`), NOW)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok && r.reason === 'full')).toHaveLength(99)
        const rows = await holdersOf(payload(), single.rules, SLOT)
        expect(rows).toHaveLength(1)
        const winner = results.find((r) => r.ok)!
        expect(winner.ok && rows[0]!.id === winner.booking.id).toBe(true)
      })

      it('100 concurrent requests for the last of three places: one booking, 99 "full", three rows on distinct places', async () => {
        for (const i of [1, 2]) expect((await book(payload(), triple.rules, SLOT, person(`early${i}`), NOW)).ok).toBe(true)
        const results = await Promise.all(Array.from({ length: 100 }, (_, i) => book(payload(), triple.rules, SLOT, person(`b${i}`), NOW)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok && r.reason === 'full')).toHaveLength(99)
        const rows = await holdersOf(payload(), triple.rules, SLOT)
        expect(rows.map((r) => r.place).sort()).toEqual([1, 2, 3])
        expect((await takenPlaces(payload(), triple.rules.scheduleId, NOW.toISOString(), '2027-02-01T00:00:00.000Z')).get(SLOT)).toBe(3)
      })

      it('a slot already full is refused as "full" without trying to write any of its places', async () => {
        const writes = vi.spyOn(payload().db, 'create')
        try {
          expect(await book(payload(), triple.rules, SLOT, person('too-late'), NOW)).toEqual({ ok: false, reason: 'full' })
          expect(writes).not.toHaveBeenCalled()
        } finally {
          writes.mockRestore()
        }
      })

      it('a confirmation sent twice at once is one booking', async () => {
        const same = person('twice')
        const [first, second] = await Promise.all([book(payload(), triple.rules, NEXT, same, NOW), book(payload(), triple.rules, NEXT, same, NOW)])
        expect(first.ok && second.ok).toBe(true)
        if (!first.ok || !second.ok) return
        expect(first.booking.id).toBe(second.booking.id)
        expect([first.duplicate, second.duplicate].sort()).toEqual([false, true])
        expect(await holdersOf(payload(), triple.rules, NEXT)).toHaveLength(1)
        // Resent after the slot filled up, it is still the same booking, not "full".
        for (const i of [1, 2]) await book(payload(), triple.rules, NEXT, person(`fill${i}`), NOW)
        const late = await book(payload(), triple.rules, NEXT, same, NOW)
        expect(late.ok && late.duplicate && late.booking.id === first.booking.id).toBe(true)
      })

      it('numbers bookings through the network and year: MAD-2027-A000001 onwards, no gaps from refusals', async () => {
        const refs = (await allBookings(payload())).map((b) => b.reference).sort()
        expect(refs[0]).toMatch(/^(MAD|SEV)-2027-A000001$/)
        const numbers = refs.map((r) => Number(r.slice(-6))).sort((a, b) => a - b)
        expect(numbers).toEqual(numbers.map((_, i) => i + 1))
      })
    })

    describe('moving', () => {
      it('takes the new place and frees the old one in one change, with a new single-use link', async () => {
        const made = await book(payload(), single.rules, LATER, person('mover'), NOW)
        if (!made.ok) throw new Error(made.reason)
        const target = '2027-01-08T08:00:00.000Z'
        const moved = await moveBooking(payload(), made.booking.id, made.booking.token, single.rules, target, NOW)
        if (!moved.ok) throw new Error(moved.reason)
        expect(moved.booking).toMatchObject({ id: made.booking.id, reference: made.booking.reference, slotStart: target, slotEnd: '2027-01-08T08:15:00.000Z', place: 1 })
        expect(moved.booking.token).not.toBe(made.booking.token)
        expect(await holdersOf(payload(), single.rules, LATER)).toHaveLength(0)
        expect((await holdersOf(payload(), single.rules, target)).map((b) => b.id)).toEqual([made.booking.id])
        // The old place is free for someone else at once; the old link is spent.
        expect((await book(payload(), single.rules, LATER, person('after-move'), NOW)).ok).toBe(true)
        expect(await findBookingForToken(payload(), made.booking.id, made.booking.token)).toEqual({ ok: false, reason: 'token-used' })
        const stored = (await allBookings(payload())).find((b) => b.id === made.booking.id)!
        expect(stored.history!.map((h) => h.action)).toEqual(['booked', 'moved'])
      })

      it('to a full slot changes nothing: same slot, place, link and history', async () => {
        const made = await book(payload(), single.rules, '2027-01-11T08:00:00.000Z', person('stays'), NOW)
        if (!made.ok) throw new Error(made.reason)
        const before = await allBookings(payload())
        // SLOT is full (the 100-request test took it).
        expect(await moveBooking(payload(), made.booking.id, made.booking.token, single.rules, SLOT, NOW)).toEqual({ ok: false, reason: 'full' })
        expect(await allBookings(payload())).toEqual(before)
        expect((await findBookingForToken(payload(), made.booking.id, made.booking.token)).ok).toBe(true)
      })

      it('two uses of one link at once move the booking once', async () => {
        const made = await book(payload(), triple.rules, '2027-01-11T08:00:00.000Z', person('racer'), NOW)
        if (!made.ok) throw new Error(made.reason)
        const [a, b] = await Promise.all([
          moveBooking(payload(), made.booking.id, made.booking.token, triple.rules, '2027-01-12T08:00:00.000Z', NOW),
          moveBooking(payload(), made.booking.id, made.booking.token, triple.rules, '2027-01-13T08:00:00.000Z', NOW),
        ])
        expect([a, b].filter((r) => r.ok)).toHaveLength(1)
        expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, reason: 'token-used' })
        const stored = (await allBookings(payload())).find((d) => d.id === made.booking.id)!
        expect(stored.history!.map((h) => h.action)).toEqual(['booked', 'moved'])
      })
    })

    describe('cancelling', () => {
      it('by the applicant frees the place at once and spends the link', async () => {
        const slot = '2027-01-14T08:00:00.000Z'
        const made = await book(payload(), single.rules, slot, person('canceller'), NOW)
        if (!made.ok) throw new Error(made.reason)
        expect(await cancelByApplicant(payload(), made.booking.id, made.booking.token, NOW)).toEqual({ ok: true })
        expect(await cancelByApplicant(payload(), made.booking.id, made.booking.token, NOW)).toEqual({ ok: false, reason: 'token-used' })
        const stored = (await allBookings(payload())).find((d) => d.id === made.booking.id)!
        expect(stored).toMatchObject({ status: 'cancelled', cancelledBy: 'applicant', placeKey: `released:${made.booking.id}` })
        expect((await book(payload(), single.rules, slot, person('next-in-line'), NOW)).ok).toBe(true)
        // The same details again make a new booking, not a duplicate of the cancelled one.
        const again = await book(payload(), single.rules, '2027-01-14T08:15:00.000Z', person('canceller'), NOW)
        expect(again.ok && !again.duplicate && again.booking.id !== made.booking.id).toBe(true)
      })

      it('by staff needs a reason, frees the place in the same save and spends the link', async () => {
        const slot = '2027-01-15T08:00:00.000Z'
        const made = await book(payload(), single.rules, slot, person('staff-cancelled'), NOW)
        if (!made.ok) throw new Error(made.reason)
        const admin = await staff(payload(), 'ministry-admin')
        const save = (data: Record<string, unknown>) =>
          payload().update({ collection: 'bookings', id: made.booking.id, data, overrideAccess: false, user: admin, context: { [NOW_CONTEXT]: NOW } })
        await expect(save({ status: 'cancelled' })).rejects.toBeInstanceOf(ValidationError)
        expect((await holdersOf(payload(), single.rules, slot)).map((b) => b.id)).toEqual([made.booking.id])
        await save({ status: 'cancelled', cancelReason: 'The consul is travelling that day.' })
        const stored = (await allBookings(payload())).find((d) => d.id === made.booking.id)!
        expect(stored).toMatchObject({ status: 'cancelled', cancelledBy: 'staff', cancelReason: 'The consul is travelling that day.', placeKey: `released:${made.booking.id}` })
        expect(stored.history!.map((h) => h.action)).toEqual(['booked', 'cancelled'])
        expect(await findBookingForToken(payload(), made.booking.id, made.booking.token)).toEqual({ ok: false, reason: 'token-used' })
        expect((await book(payload(), single.rules, slot, person('takes-freed'), NOW)).ok).toBe(true)
        // Reinstating would take a place that may be someone else's now.
        await expect(save({ status: 'booked' })).rejects.toBeInstanceOf(ValidationError)
      })

      it('attendance is recorded only once the appointment has started', async () => {
        const made = await book(payload(), single.rules, '2027-01-15T08:30:00.000Z', person('visitor'), NOW)
        if (!made.ok) throw new Error(made.reason)
        const admin = await staff(payload(), 'ministry-admin')
        const at = (now: Date) =>
          payload().update({ collection: 'bookings', id: made.booking.id, data: { status: 'attended' }, overrideAccess: false, user: admin, context: { [NOW_CONTEXT]: now } })
        await expect(at(NOW)).rejects.toBeInstanceOf(ValidationError)
        await at(new Date('2027-01-15T08:35:00.000Z'))
        const stored = (await allBookings(payload())).find((d) => d.id === made.booking.id)!
        expect(stored.status).toBe('attended')
        expect(stored.placeKey).toBe(`${single.rules.scheduleId}|2027-01-15T08:30:00.000Z|1`)
      })
    })

    describe('bad input is refused and nothing is stored', () => {
      const refusals: [string, string, string][] = [
        ['a past slot', '2027-01-01T08:00:00.000Z', 'past'],
        ['a closed day (the office closes on 6 January)', '2027-01-06T08:00:00.000Z', 'closed-day'],
        ['a weekend day', '2027-01-09T08:00:00.000Z', 'closed-day'],
        ['beyond the 60-day window', '2027-03-08T08:00:00.000Z', 'beyond-window'],
        ['too little notice', '2027-01-04T11:00:00.000Z', 'too-little-notice'],
        ['a time that is no slot', '2027-01-07T08:05:00.000Z', 'not-a-slot'],
        ['a full slot', SLOT, 'full'],
      ]
      for (const [what, slot, reason] of refusals) {
        it(`${what}: "${reason}"`, async () => {
          const before = await allBookings(payload())
          expect(await book(payload(), single.rules, slot, person(`refused-${reason}`), NOW)).toEqual({ ok: false, reason })
          expect(await allBookings(payload())).toEqual(before)
        })
      }

      it('a malformed e-mail never reaches the store', () => {
        expect(readBookingInput(new URLSearchParams({ name: 'Ana', email: 'ana@example', people: '1' }))).toMatchObject({ ok: false, errors: { email: 'invalid-email' } })
      })

      it('a tampered, foreign or reused link: 404-type "invalid" or 410-type "used", nothing changed', async () => {
        const made = await book(payload(), single.rules, '2027-01-18T08:00:00.000Z', person('linked'), NOW)
        const other = await book(payload(), single.rules, '2027-01-18T08:15:00.000Z', person('other'), NOW)
        if (!made.ok || !other.ok) throw new Error('fixture bookings')
        const { id, token } = made.booking
        const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
        const before = await allBookings(payload())
        const target = '2027-01-19T08:00:00.000Z'
        for (const bad of [tampered, other.booking.token, 'junk', '']) {
          expect(await findBookingForToken(payload(), id, bad)).toEqual({ ok: false, reason: 'token-invalid' })
          expect(await moveBooking(payload(), id, bad, single.rules, target, NOW)).toEqual({ ok: false, reason: 'token-invalid' })
          expect(await cancelByApplicant(payload(), id, bad, NOW)).toEqual({ ok: false, reason: 'token-invalid' })
        }
        expect(await findBookingForToken(payload(), 'no-such-booking', token)).toEqual({ ok: false, reason: 'token-invalid' })
        expect(await allBookings(payload())).toEqual(before)

        const moved = await moveBooking(payload(), id, token, single.rules, target, NOW)
        expect(moved.ok).toBe(true)
        const afterMove = await allBookings(payload())
        expect(await moveBooking(payload(), id, token, single.rules, '2027-01-20T08:00:00.000Z', NOW)).toEqual({ ok: false, reason: 'token-used' })
        expect(await cancelByApplicant(payload(), id, token, NOW)).toEqual({ ok: false, reason: 'token-used' })
        expect(await allBookings(payload())).toEqual(afterMove)
      })

      it('a schedule for a service the office does not offer cannot exist, so nothing can be booked for it', async () => {
        const count = (await payload().count({ collection: 'appointment-schedules' })).totalDocs
        const attempt = payload().create({
          collection: 'appointment-schedules',
          data: { mission: single.mission.id, office: single.officeId, service: single.visas.id } as never,
        })
        await expectFieldError(attempt, 'service', /does not offer this service/)
        expect((await payload().count({ collection: 'appointment-schedules' })).totalDocs).toBe(count)
        const rules = await loadSchedules(payload(), { mission: 'madrid' })
        expect(rules.map((r) => r.serviceId)).toEqual([single.passports.id])
      })
    })

    describe('schedules', () => {
      it('refuse a mission without a time zone, an office of another mission, and a second schedule for the same office and service', async () => {
        const quito = await payload().create({ collection: 'missions', data: missionData('quito') })
        const schedule = (mission: string, office: string) =>
          payload().create({ collection: 'appointment-schedules', data: { mission, office, service: single.passports.id } as never })
        await expectFieldError(schedule(quito.id, String(quito.offices![0]!.id)), 'mission', /no time zone yet/)
        await expectFieldError(schedule(single.mission.id, triple.officeId), 'office', /Not an office of/)
        await expectFieldError(schedule(single.mission.id, single.officeId), 'service', /already has a schedule/)
      })

      it('load as the slot engine\'s rules: the mission\'s zone, the office\'s closures, the schedule\'s hours', async () => {
        expect(single.rules).toMatchObject({
          missionSlug: 'madrid', timeZone: 'Europe/Madrid', slotMinutes: 15, placesPerSlot: 1, closedDates: ['2027-01-06'],
          weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' }], bookAheadDays: 60, minNoticeHours: 24,
          officeId: single.officeId, serviceSlug: single.passports.slug, officeName: { es: 'Cancillería' },
        })
        expect((await loadSchedules(payload())).map((r) => r.missionSlug).sort()).toEqual(['madrid', 'sevilla'])
        await payload().update({ collection: 'appointment-schedules', id: triple.schedule.id, data: { active: false } })
        expect((await loadSchedules(payload())).map((r) => r.missionSlug)).toEqual(['madrid'])
        await payload().update({ collection: 'appointment-schedules', id: triple.schedule.id, data: { active: true } })
        expect(await loadScheduleRules(payload(), 'no-such-schedule')).toBeNull()
      })

      it('with bookings cannot be deleted (switched off instead)', async () => {
        await expect(payload().delete({ collection: 'appointment-schedules', id: single.schedule.id })).rejects.toThrow(/Untick/)
      })
    })

    describe('places taken', () => {
      it('are counted per slot of one schedule, in [from, to), leaving out cancelled bookings and other schedules\' on the same times', async () => {
        const toledo = await buildStoreFixture(payload(), { places: 2, slug: 'toledo' })
        const booked = async (slot: string, who: string) => {
          const result = await book(payload(), toledo.rules, slot, person(who), NOW)
          if (!result.ok) throw new Error(`could not book ${slot}: ${result.reason}`)
          return result.booking
        }
        await booked(SLOT, 't1')
        await booked(SLOT, 't2')
        const gone = await booked(NEXT, 't3')
        expect(await cancelByApplicant(payload(), gone.id, gone.token, NOW)).toEqual({ ok: true })
        await booked(LATER, 't4')
        const taken = (to: string) => takenPlaces(payload(), toledo.rules.scheduleId, SLOT, to)
        // Madrid and Sevilla hold places at SLOT too, on schedules of their own.
        expect(Object.fromEntries(await taken(LATER))).toEqual({ [SLOT]: 2 })
        expect(Object.fromEntries(await taken('2027-01-07T08:30:00.001Z'))).toEqual({ [SLOT]: 2, [LATER]: 1 })
        expect((await takenPlaces(payload(), triple.rules.scheduleId, SLOT, LATER)).get(SLOT)).toBe(3)
        expect((await takenPlaces(payload(), toledo.rules.scheduleId, NEXT, NEXT)).size).toBe(0)
      })
    })
  })
}

/** A signed-in user of a role, as the admin's requests carry it. */
async function staff(payload: Payload, role: 'ministry-admin') {
  const email = `${role}@store.example.org`
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  const user = found.docs[0] ?? (await payload.create({ collection: 'users', data: { email, password: 'correct horse battery staple', name: role, role } as never }))
  return { ...user, collection: 'users' as const }
}

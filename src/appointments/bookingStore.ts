import { createHash, randomBytes, randomUUID } from 'node:crypto'

import type { Payload, Where } from 'payload'

import type { Booking } from '../payload-types'
import type { BookingInput } from './bookingInput'
import { giveBack, sequenceCounter, take } from './bookingSequence'
import { checkManageToken, manageToken, newNonce } from './bookingToken'
import { historyEntry, released, retiredKey } from './history'
import { formatBookingReference } from './reference'
import { checkSlot, slotEndOf, slotKey } from './slots'
import type { BookingDoc, ScheduleRules, SlotRefusal, TokenRefusal } from './types'
import { sqliteClientOf } from './sqliteReads'
import { heldPlaceKeys } from './takenPlaces'
import { isSqlite, uniqueIndexesBuilt, writeAlone, writeInBatch, type WriteReq } from './writeTurns'

/**
 * Booking, moving and cancelling appointments. Capacity is held by the database, never by a
 * read-then-write here: each booking owns one place of its slot through the unique `placeKey`
 * (`${scheduleId}|${slotStart}|${place}`), so places 1..N are tried in turn and a unique
 * conflict means that place is someone else's. The places already held are read first, but only
 * to skip them (or refuse a slot seen full): a place seen free is still won or lost at the
 * index. A move rewrites the one row (new slot and
 * place, old place freed by the same write); a cancellation releases the key. Rows are
 * written through the adapter: the input was checked before (bookingInput.ts, slots.ts), and
 * Payload's create would validate it again and read it back at several times the cost.
 */

export type BookedAppointment = { id: string; reference: string; token: string; slotStart: string; slotEnd: string; place: number }

/** A new booking with the row just written (for its confirmation, which then need not read it back). */
export type NewBooking = BookedAppointment & { written?: Booking }

export type BookResult = { ok: true; booking: NewBooking; duplicate: boolean } | { ok: false; reason: SlotRefusal }
export type MoveResult = { ok: true; booking: BookedAppointment } | { ok: false; reason: SlotRefusal | TokenRefusal }
export type CancelResult = { ok: true } | { ok: false; reason: TokenRefusal }
export type TokenLookup = { ok: true; booking: BookingDoc } | { ok: false; reason: TokenRefusal }

export const placeKeyOf = (scheduleId: string, slotStart: string, place: number) => `${scheduleId}|${slotStart}|${place}`

/**
 * The same confirmation sent twice (a double click, a retry) is one booking. The form's key names
 * one filling of it; without one, the booking itself does (same schedule, slot and details).
 */
export function idempotencyKey(rules: ScheduleRules, slotStart: string, input: BookingInput): string {
  if (input.key) return `k:${rules.scheduleId}:${input.key}`
  const content = [rules.scheduleId, slotStart, input.email.toLowerCase(), input.name, input.people, input.documentNumber, input.phone].join('\u0000')
  return `h:${createHash('sha256').update(content).digest('base64url')}`
}

export async function book(payload: Payload, rules: ScheduleRules, slotStartIso: string, input: BookingInput, now = new Date()): Promise<BookResult> {
  const verdict = checkSlot(rules, now, slotStartIso)
  if (verdict !== true) return { ok: false, reason: verdict }
  const slotStart = slotKey(slotStartIso)!
  const slotEnd = slotEndOf(rules, slotStart)
  const key = idempotencyKey(rules, slotStart, input)
  const year = now.getUTCFullYear()
  await uniqueIndexesBuilt(payload, 'bookings')
  const places = await placesToTry(payload, rules, slotStart)
  // Seen full: a resubmitted confirmation whose first copy took the last place is that booking.
  if (places.length === 0) return (await bookingByKey(payload, key)) ?? { ok: false, reason: 'full' }

  for (let attempt = 0; attempt < 5; attempt += 1) {
    const counter = await sequenceCounter(payload, year, attempt > 0)
    const id = newBookingId(payload)
    const nonce = newNonce()
    let placed: { place: number; reference: string; written: Booking } | null
    try {
      placed = await writeInBatch(payload, async (req) => {
        const sequence = take(counter)
        const reference = formatBookingReference(rules.missionSlug, sequence)
        for (const place of places) {
          const data = {
            reference, sequence, idempotencyKey: key, placeKey: placeKeyOf(rules.scheduleId, slotStart, place),
            mission: rules.missionId, schedule: rules.scheduleId, service: rules.serviceId, office: rules.officeId, slotStart, slotEnd, place,
            name: input.name, email: input.email, phone: input.phone || null, documentNumber: input.documentNumber || null,
            people: input.people, locale: input.locale, status: 'booked', tokenNonce: nonce,
            history: [historyEntry('booked', 'applicant', now)], createdAt: now.toISOString(), updatedAt: now.toISOString(),
          }
          try {
            await payload.db.create({ collection: 'bookings', data, req, returning: false, customID: id })
            noteTaken(payload, rules, slotStart, place)
            return { place, reference, written: { id, ...data } as Booking }
          } catch (error) {
            if (conflictOn(error) === 'placeKey') continue
            giveBack(counter, sequence)
            throw error
          }
        }
        giveBack(counter, sequence)
        return null
      })
    } catch (error) {
      const path = conflictOn(error)
      if (path === 'idempotencyKey') {
        const twin = await bookingByKey(payload, key)
        if (twin) return twin
      }
      if (path === 'reference' || path === 'sequence') continue
      throw error
    }
    if (placed) return { ok: true, duplicate: false, booking: { id, reference: placed.reference, token: manageToken(payload.secret, id, nonce), slotStart, slotEnd, place: placed.place, written: placed.written } }
    // A resubmitted confirmation whose first copy took the last place is that booking, not a refusal.
    return (await bookingByKey(payload, key)) ?? { ok: false, reason: 'full' }
  }
  throw new Error('Could not allocate a booking reference after 5 attempts; another process is numbering bookings too fast.')
}

// The place this process last took in each slot: the next booking tries the one after it first,
// so a busy slot's places are not each tried (and refused) again by every booking. Only an order
// of trying; whether a place is free is still the database's answer.
const lastTaken = new WeakMap<Payload, Map<string, number>>()
const HINTS_KEPT = 10_000

/** The slot's places not seen held a moment ago, the one after this process's last first; none when the slot is seen full. */
async function placesToTry(payload: Payload, rules: ScheduleRules, slotStart: string): Promise<number[]> {
  const last = lastTaken.get(payload)?.get(placeKeyOf(rules.scheduleId, slotStart, 0)) ?? 0
  const count = rules.placesPerSlot
  const places = Array.from({ length: count }, (_, i) => ((last + i) % count) + 1)
  const held = await heldPlaceKeys(payload, places.map((place) => placeKeyOf(rules.scheduleId, slotStart, place)))
  return places.filter((place) => !held.has(placeKeyOf(rules.scheduleId, slotStart, place)))
}

function noteTaken(payload: Payload, rules: ScheduleRules, slotStart: string, place: number): void {
  let hints = lastTaken.get(payload)
  if (!hints) lastTaken.set(payload, (hints = new Map()))
  if (hints.size >= HINTS_KEPT) hints.clear()
  hints.set(placeKeyOf(rules.scheduleId, slotStart, 0), place)
}

/** Moves a booking to another slot of its schedule: the new place taken and the old one freed in one row update, or nothing. */
export async function moveBooking(payload: Payload, bookingId: string, token: string, rules: ScheduleRules, newSlotStartIso: string, now = new Date()): Promise<MoveResult> {
  const found = await bookingForToken(payload, bookingId, token)
  if (!found.ok) return found
  const doc = found.booking
  if (idOf(doc.schedule) !== rules.scheduleId) return { ok: false, reason: 'not-a-slot' }
  const verdict = checkSlot(rules, now, newSlotStartIso)
  if (verdict !== true) return { ok: false, reason: verdict }
  const slotStart = slotKey(newSlotStartIso)!
  const current = { id: bookingId, reference: doc.reference, slotStart: iso(doc.slotStart), slotEnd: iso(doc.slotEnd), place: doc.place }
  if (current.slotStart === slotStart) return { ok: true, booking: { ...current, token } }

  const slotEnd = slotEndOf(rules, slotStart)
  const nonce = newNonce()
  await uniqueIndexesBuilt(payload, 'bookings')
  const entry = historyEntry('moved', 'applicant', now, `from ${current.slotStart}`)
  const outcome = await writeAlone(payload, async (req): Promise<number | TokenRefusal | 'full'> => {
    for (let place = 1; place <= rules.placesPerSlot; place += 1) {
      const data = {
        slotStart, slotEnd, place, placeKey: placeKeyOf(rules.scheduleId, slotStart, place), tokenNonce: nonce,
        idempotencyKey: retiredKey(bookingId, nonce), reminderSentAt: null, updatedAt: now.toISOString(),
      }
      try {
        const ok = await updateIfCurrent(payload, req, bookingId, doc.tokenNonce!, data, entry)
        return ok ? place : 'token-used'
      } catch (error) {
        if (conflictOn(error) === 'placeKey') continue
        throw error
      }
    }
    return 'full'
  })
  if (typeof outcome !== 'number') return { ok: false, reason: outcome }
  return { ok: true, booking: { ...current, slotStart, slotEnd, place: outcome, token: manageToken(payload.secret, bookingId, nonce) } }
}

/** The applicant cancels through the manage link: the place is free for others as soon as this returns. */
export async function cancelByApplicant(payload: Payload, bookingId: string, token: string, now = new Date()): Promise<CancelResult> {
  const found = await bookingForToken(payload, bookingId, token)
  if (!found.ok) return found
  const nonce = newNonce()
  const data = {
    status: 'cancelled', cancelledBy: 'applicant', placeKey: released(bookingId), tokenNonce: nonce,
    idempotencyKey: retiredKey(bookingId, nonce), updatedAt: now.toISOString(),
  }
  const ok = await writeAlone(payload, (req) => updateIfCurrent(payload, req, bookingId, found.booking.tokenNonce!, data, historyEntry('cancelled', 'applicant', now)))
  return ok ? { ok: true } : { ok: false, reason: 'token-used' }
}

/** The booking a manage link opens: 'token-invalid' (404) for an unknown booking or a forged token, 'token-used' (410) for a spent one. */
export async function findBookingForToken(payload: Payload, bookingId: string, token: string): Promise<TokenLookup> {
  const found = await bookingForToken(payload, bookingId, token)
  if (!found.ok) return found
  const { tokenNonce: _nonce, placeKey: _place, idempotencyKey: _key, sequence: _sequence, ...visible } = found.booking
  return { ok: true, booking: visible as BookingDoc }
}

/** The manage token of a stored booking (for the confirmation and reminder mails). */
export function tokenForBooking(payload: Payload, booking: { id: string; tokenNonce?: string | null }): string {
  if (!booking.tokenNonce) throw new Error(`Booking ${booking.id} has no manage nonce; read it with showHiddenFields: true.`)
  return manageToken(payload.secret, booking.id, booking.tokenNonce)
}

async function bookingForToken(payload: Payload, bookingId: string, token: string): Promise<TokenLookup> {
  if (typeof bookingId !== 'string' || bookingId === '' || bookingId.length > 64) return { ok: false, reason: 'token-invalid' }
  const doc = await readBooking(payload, bookingId)
  if (!doc) return { ok: false, reason: 'token-invalid' }
  const verdict = checkManageToken(payload.secret, bookingId, token, doc.tokenNonce)
  if (verdict !== true) return { ok: false, reason: verdict }
  // Attended, no-show or cancelled by staff: nothing left to manage, the link is spent.
  if (doc.status !== 'booked') return { ok: false, reason: 'token-used' }
  return { ok: true, booking: doc }
}

async function readBooking(payload: Payload, id: string): Promise<BookingDoc | null> {
  const found = await payload.find({
    collection: 'bookings', depth: 0, limit: 1, pagination: false, where: { id: { equals: id } }, showHiddenFields: true,
  }).catch(() => null)
  return (found?.docs[0] as BookingDoc | undefined) ?? null
}

/**
 * Changes the booking only while it is booked and still has the nonce its link was checked
 * against, so two uses of one link at once change it once. On SQLite the history line is a
 * second statement of the same transaction (writeAlone); on MongoDB both go in one
 * single-document update, atomic without a transaction.
 */
async function updateIfCurrent(payload: Payload, req: WriteReq, id: string, nonce: string, data: Record<string, unknown>, entry: ReturnType<typeof historyEntry>): Promise<boolean> {
  const where: Where = { and: [{ id: { equals: id } }, { tokenNonce: { equals: nonce } }, { status: { equals: 'booked' } }] }
  const sqlite = isSqlite(payload)
  const changed = await payload.db.updateOne({
    collection: 'bookings', where, req, select: { id: true },
    data: sqlite ? data : { ...data, history: { $push: entry } },
  })
  if (!changed) return false
  if (sqlite) await payload.db.updateOne({ collection: 'bookings', id, req, data: { history: { $push: entry }, updatedAt: data.updatedAt }, returning: false })
  return true
}

async function bookingByKey(payload: Payload, key: string): Promise<BookResult | null> {
  // Most refusals have no twin: on SQLite, whether one exists is asked first, for less.
  const client = sqliteClientOf(payload)
  if (client && (await client.execute({ sql: 'SELECT 1 FROM bookings WHERE idempotency_key = ?', args: [key] })).rows.length === 0) return null
  const found = await payload.find({ collection: 'bookings', depth: 0, limit: 1, pagination: false, where: { idempotencyKey: { equals: key } }, showHiddenFields: true })
  const doc = found.docs[0] as BookingDoc | undefined
  if (!doc || !doc.tokenNonce) return null
  return {
    ok: true, duplicate: true,
    booking: { id: doc.id, reference: doc.reference, token: manageToken(payload.secret, doc.id, doc.tokenNonce), slotStart: iso(doc.slotStart), slotEnd: iso(doc.slotEnd), place: doc.place },
  }
}

/**
 * The id is chosen here so the token can be signed before the write, and handed to the adapter
 * as a custom id (an `id` in the data is ignored unless the adapter allows ids on create):
 * a UUID on SQLite, an ObjectId's hex on MongoDB.
 */
function newBookingId(payload: Payload): string {
  return isSqlite(payload) ? randomUUID() : randomBytes(12).toString('hex')
}

const CONFLICTS: Record<string, string> = {
  placeKey: 'placeKey', place_key: 'placeKey', idempotencyKey: 'idempotencyKey', idempotency_key: 'idempotencyKey',
  reference: 'reference', sequence: 'sequence',
}

/** Which unique field a refused write collided on (the adapters name it in a ValidationError). */
function conflictOn(error: unknown): string | null {
  const errors = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
  for (const e of errors ?? []) if (e.path && CONFLICTS[e.path]) return CONFLICTS[e.path]!
  return null
}

const iso = (value: string | Date) => new Date(value).toISOString()
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value))

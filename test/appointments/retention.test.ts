import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOW_CONTEXT } from '../../collections/Bookings/hooks/changeStatusByStaff'
import { findBookingForToken } from '../../src/appointments/bookingStore'
import { sendBookingMail } from '../../src/appointments/mail/sendBookingMail'
import { anonymiseExpired } from '../../src/citizen/retention/anonymiseExpired'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { applicant, bookOrFail, createSchedule, createService, ENV, startMailPayload, type MailTestPayload } from './mailFixture'

const BOOKED_AT = new Date('2027-03-01T08:00:00.000Z')
// Appointments on Thursday 11 and Friday 26 March 2027 in Madrid.
const EARLY = '2027-03-11T09:00:00.000Z'
const LATE = '2027-03-26T09:00:00.000Z'
// 30 days after EARLY's end and a bit: EARLY is past the default retention, LATE is not.
const NOW = new Date('2027-04-11T12:00:00.000Z')

const FIGURES = ['reference', 'mission', 'service', 'office', 'schedule', 'slotStart', 'slotEnd', 'place', 'status', 'people', 'locale'] as const

let sink: SmtpSink
let t: MailTestPayload
const payload = (): Payload => t.payload
const bookings: Record<string, Awaited<ReturnType<typeof bookOrFail>>> = {}
const read = async (id: string) => (await payload().find({ collection: 'bookings', depth: 0, showHiddenFields: true, where: { id: { equals: id } } })).docs[0]!
const pick = (doc: object) => Object.fromEntries(FIGURES.map((k) => [k, (doc as Record<string, unknown>)[k]]))
const before: Record<string, Record<string, unknown>> = {}

beforeAll(async () => {
  sink = await startSmtpSink()
  t = await startMailPayload(sink.url)
  const service = await createService(payload(), 'passport-renewal')
  const madrid = await createSchedule(payload(), 'madrid', 'Europe/Madrid', service.id)
  await payload().updateGlobal({ slug: 'ministry', data: { name: 'Cancillería', baseUrl: 'https://www.cancilleria.example/', citizenAttention: { replyWithinWorkingDays: 3, enquiryRetentionDays: 365 } }, context: { seeding: true } })
  bookings.attended = await bookOrFail(payload(), madrid, EARLY, applicant('a', { people: 3 }), BOOKED_AT)
  bookings.cancelled = await bookOrFail(payload(), madrid, EARLY, applicant('c'), BOOKED_AT)
  bookings.recent = await bookOrFail(payload(), madrid, LATE, applicant('r'), BOOKED_AT)
  await payload().update({ collection: 'bookings', id: bookings.attended.id, data: { status: 'attended' }, context: { [NOW_CONTEXT]: new Date(EARLY) } })
  await payload().update({
    collection: 'bookings', id: bookings.cancelled.id, data: { status: 'cancelled', cancelReason: 'Ana c pidió cambiar por enfermedad' }, context: { [NOW_CONTEXT]: BOOKED_AT },
  })
  for (const [name, b] of Object.entries(bookings)) before[name] = pick(await read(b.id))
})

afterAll(async () => {
  await t?.close()
  await sink?.close()
})

describe('booking retention', () => {
  it('is 30 days unless the Ministry says otherwise', async () => {
    const ministry = await payload().findGlobal({ slug: 'ministry', depth: 0 })
    expect((ministry.citizenAttention as { bookingRetentionDays?: number }).bookingRetentionDays).toBe(30)
  })

  it('removes the applicant from bookings whose appointment ended more than 30 days ago, and keeps what the figures count', async () => {
    const summary = await anonymiseExpired(payload(), NOW)
    expect(summary).toMatchObject({ bookings: 2, bookingRetentionDays: 30 })
    for (const name of ['attended', 'cancelled']) {
      const doc = await read(bookings[name]!.id)
      expect(doc).toMatchObject({ name: null, email: null, phone: null, documentNumber: null, cancelReason: null, tokenNonce: null, anonymisedAt: NOW.toISOString() })
      expect(doc.idempotencyKey).toBe(`anonymised:${doc.id}`)
      expect(pick(doc)).toEqual(before[name])
      expect(doc.history?.length).toBeGreaterThan(0)
      expect(doc.history?.every((h) => h.note === null || h.note === undefined)).toBe(true)
      expect(JSON.stringify(doc)).not.toMatch(/Ana|ana[ac]@|X[ac]23456|enfermedad/)
    }
    expect((await read(bookings.attended!.id)).people).toBe(3)
    expect((await read(bookings.cancelled!.id)).status).toBe('cancelled')
  })

  it('leaves a booking within the period untouched, its link working', async () => {
    const doc = await read(bookings.recent!.id)
    expect(doc).toMatchObject({ name: 'Ana Pérez r', email: 'anar@example.org', documentNumber: 'Xr23456' })
    expect(doc.anonymisedAt ?? null).toBeNull()
    expect((await findBookingForToken(payload(), bookings.recent!.id, bookings.recent!.token)).ok).toBe(true)
  })

  it('does nothing more on the next run, and has nobody left to write to', async () => {
    expect((await anonymiseExpired(payload(), NOW)).bookings).toBe(0)
    expect(await sendBookingMail(payload(), { kind: 'cancelled', booking: bookings.cancelled!.id }, ENV)).toBe('skipped')
  })

  it('follows the Ministry’s setting', async () => {
    await payload().updateGlobal({ slug: 'ministry', data: { citizenAttention: { replyWithinWorkingDays: 3, enquiryRetentionDays: 365, bookingRetentionDays: 10 } as never }, context: { seeding: true } })
    expect(await anonymiseExpired(payload(), NOW)).toMatchObject({ bookings: 1, bookingRetentionDays: 10 })
    expect((await read(bookings.recent!.id)).email).toBeNull()
  })
})

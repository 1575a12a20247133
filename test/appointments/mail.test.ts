import type { ParsedMail } from 'mailparser'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NOW_CONTEXT } from '../../collections/Bookings/hooks/changeStatusByStaff'
import { cancelByApplicant, findBookingForToken, moveBooking } from '../../src/appointments/bookingStore'
import { mailBookingCancelled, mailBookingConfirmed, SEND_APPOINTMENT_MAIL } from '../../src/appointments/mail'
import type { ScheduleRules } from '../../src/appointments/types'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { applicant, bookOrFail, calendarOf, CMS, createSchedule, createService, ENV, manageLinkIn, parseCalendar, startMailPayload, type MailTestPayload } from './mailFixture'

const JOBS = 'payload-jobs' as CollectionSlug
const BOOKED_AT = new Date('2027-03-01T08:00:00.000Z')
// Thursday 11 March 2027, 10:30 in Madrid (UTC+1, winter time).
const WINTER = '2027-03-11T09:30:00.000Z'
// Thursday 8 April 2027, 10:30 in Madrid (UTC+2: the clocks went forward on 28 March).
const SUMMER = '2027-04-08T08:30:00.000Z'

let sink: SmtpSink
let t: MailTestPayload
let madrid: ScheduleRules
const payload = (): Payload => t.payload

/** The next message the sink receives. */
async function nextMail(send: () => Promise<unknown>): Promise<ParsedMail> {
  const before = sink.received.length
  await send()
  const all = await sink.waitFor(before + 1)
  return all[before]!
}

async function jobsFor(bookingId: string) {
  const { docs } = await payload().find({ collection: JOBS, depth: 0, pagination: false, where: { taskSlug: { equals: SEND_APPOINTMENT_MAIL } } })
  return docs.filter((j) => (j as { input?: { booking?: string } }).input?.booking === bookingId) as unknown as { id: string; input: { kind: string }; completedAt?: string; log?: unknown; error?: unknown }[]
}

beforeAll(async () => {
  sink = await startSmtpSink()
  t = await startMailPayload(sink.url)
  const service = await createService(payload(), 'passport-renewal')
  madrid = await createSchedule(payload(), 'madrid', 'Europe/Madrid', service.id)
})

afterAll(async () => {
  await t?.close()
  await sink?.close()
})

describe('the confirmation', () => {
  let mail: ParsedMail
  let booked: Awaited<ReturnType<typeof bookOrFail>>

  beforeAll(async () => {
    booked = await bookOrFail(payload(), madrid, WINTER, applicant(1), BOOKED_AT)
    mail = await nextMail(() => mailBookingConfirmed(payload(), booked.id, { env: ENV }))
  })

  it('sent from the row just written, as the booking flow sends it, says exactly what it says when read back', async () => {
    expect(booked.written?.id).toBe(booked.id)
    const fromRow = await nextMail(() => mailBookingConfirmed(payload(), booked.id, { env: ENV, written: booked.written }))
    const withoutStamp = (m: ParsedMail) => calendarOf(m)!.content.toString('utf8').replace(/^DTSTAMP:.*\r\n/m, '')
    expect(fromRow.subject).toBe(mail.subject)
    expect(fromRow.text).toBe(mail.text)
    expect(fromRow.to && 'value' in fromRow.to ? fromRow.to.value : null).toEqual(mail.to && 'value' in mail.to ? mail.to.value : null)
    expect(withoutStamp(fromRow)).toBe(withoutStamp(mail))
  })

  it('goes to the applicant, in Spanish, with the reference in the subject', () => {
    expect(mail.to && 'value' in mail.to ? mail.to.value[0]!.address : null).toBe('ana1@example.org')
    expect(mail.from?.value[0]!.address).toBe('citas@example.gob.ec')
    expect(mail.subject).toBe(`Cita reservada: Renovación de pasaporte — ${booked.reference}`)
    expect(mail.headers.get('content-language')).toBe('es')
  })

  it('says where and when, in the office’s time, and what to bring', () => {
    const text = mail.text!
    expect(text).toContain('Estimado/a Ana Pérez 1:')
    expect(text).toContain(`Referencia: ${booked.reference}`)
    expect(text).toContain('Calle de Velázquez 114')
    expect(text).toContain('28006 Madrid')
    expect(text).toContain('España')
    expect(text).toMatch(/jueves, 11 de marzo de 2027, 10:30 \(hora de Europa central\)/)
    expect(text).toContain('- Pasaporte actual')
    expect(text).toContain('- Una fotografía reciente en color')
  })

  it('carries the manage link, which opens this booking', async () => {
    const link = new URL(manageLinkIn(mail.text)!)
    expect(link.origin + link.pathname).toBe(`${CMS}/citizen/appointments/manage`)
    expect(link.searchParams.get('booking')).toBe(booked.id)
    expect(link.searchParams.get('token')).toBe(booked.token)
    expect((await findBookingForToken(payload(), booked.id, link.searchParams.get('token')!)).ok).toBe(true)
  })

  it('attaches an RFC 5545 event at 10:30 Madrid time, with a stable UID, the office and the reference', () => {
    const ics = calendarOf(mail)!
    expect(ics.contentType).toBe('text/calendar')
    const { calendar, vevent, event } = parseCalendar(ics.content.toString('utf8'))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(event.uid).toBe(`${booked.id}@cms.example.gob.ec`)
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Madrid')
    expect(event.startDate.toString()).toBe('2027-03-11T10:30:00')
    expect(event.startDate.toJSDate().toISOString()).toBe(WINTER)
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-11T10:00:00.000Z')
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toMatch(/Z$/)
    expect(event.summary).toBe('Renovación de pasaporte — Embajada madrid')
    expect(event.location).toContain('Calle de Velázquez 114')
    expect(event.description).toContain(booked.reference)
    expect(event.description).toContain('Pasaporte actual')
    // A bearer link in a calendar that may be shared: kept out.
    expect(ics.content.toString('utf8')).not.toContain('token=')
  })

  it('after the clocks change, is still 10:30 in Madrid (UTC+2)', async () => {
    const summer = await bookOrFail(payload(), madrid, SUMMER, applicant(2), BOOKED_AT)
    const received = await nextMail(() => mailBookingConfirmed(payload(), summer.id, { env: ENV }))
    expect(received.text).toMatch(/jueves, 8 de abril de 2027, 10:30 \(hora de Europa central\)/)
    const { event } = parseCalendar(calendarOf(received)!.content.toString('utf8'))
    expect(event.startDate.toString()).toBe('2027-04-08T10:30:00')
    expect(event.startDate.toJSDate().toISOString()).toBe(SUMMER)
  })

  it('is written in the booking’s language', async () => {
    const expected: Record<string, RegExp> = {
      en: /^Appointment booked: Passport renewal — /,
      fr: /^Rendez-vous confirmé : /,
      zh: /^预约成功：/,
      ar: /^تم حجز الموعد: /,
    }
    let minute = 0
    for (const [locale, subject] of Object.entries(expected)) {
      minute += 30
      const slot = new Date(Date.parse('2027-03-12T09:00:00.000Z') + minute * 60_000).toISOString()
      const b = await bookOrFail(payload(), madrid, slot, applicant(`l-${locale}`, { locale }), BOOKED_AT)
      const received = await nextMail(() => mailBookingConfirmed(payload(), b.id, { env: ENV }))
      expect(received.subject).toMatch(subject)
      expect(received.headers.get('content-language')).toBe(locale)
      if (locale === 'en') expect(received.text).toContain('- Current passport')
    }
  })
})

describe('a move and the applicant’s own cancellation', () => {
  it('a moved booking gets a "changed" mail with the new time, a new working link and a newer calendar event', async () => {
    const first = await bookOrFail(payload(), madrid, '2027-03-15T09:00:00.000Z', applicant(3), BOOKED_AT)
    const moved = await moveBooking(payload(), first.id, first.token, madrid, '2027-03-16T13:00:00.000Z', BOOKED_AT)
    if (!moved.ok) throw new Error(moved.reason)
    const mail = await nextMail(() => mailBookingConfirmed(payload(), first.id, { moved: true, env: ENV }))
    expect(mail.subject).toBe(`Cita modificada: Renovación de pasaporte — ${first.reference}`)
    expect(mail.text).toMatch(/martes, 16 de marzo de 2027, 14:00/)
    const token = new URL(manageLinkIn(mail.text)!).searchParams.get('token')!
    expect(token).toBe(moved.booking.token)
    expect((await findBookingForToken(payload(), first.id, token)).ok).toBe(true)
    expect(await findBookingForToken(payload(), first.id, first.token)).toEqual({ ok: false, reason: 'token-used' })
    const { event } = parseCalendar(calendarOf(mail)!.content.toString('utf8'))
    expect(event.uid).toBe(`${first.id}@cms.example.gob.ec`)
    expect(event.sequence).toBe(1)
    expect(event.startDate.toString()).toBe('2027-03-16T14:00:00')
  })

  it('an applicant’s cancellation is confirmed without a reason, with where to book again and a calendar cancellation', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-17T09:00:00.000Z', applicant(4), BOOKED_AT)
    expect((await cancelByApplicant(payload(), b.id, b.token, BOOKED_AT)).ok).toBe(true)
    const mail = await nextMail(() => mailBookingCancelled(payload(), b.id, { env: ENV }))
    expect(mail.subject).toBe(`Cita cancelada: Renovación de pasaporte — ${b.reference}`)
    expect(mail.text).toContain('Su cita ha quedado cancelada, tal como nos pidió.')
    expect(mail.text).not.toContain('Motivo')
    expect(mail.text).toContain(`${CMS}/citizen/appointments?mission=madrid&locale=es&service=passport-renewal`)
    expect(manageLinkIn(mail.text)).toBeUndefined()
    const { calendar, event } = parseCalendar(calendarOf(mail)!.content.toString('utf8'))
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(event.uid).toBe(`${b.id}@cms.example.gob.ec`)
  })

  it('a confirmation asked for a booking that is no longer booked is not sent', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-17T09:30:00.000Z', applicant(5), BOOKED_AT)
    expect((await cancelByApplicant(payload(), b.id, b.token, BOOKED_AT)).ok).toBe(true)
    const before = sink.received.length
    await mailBookingConfirmed(payload(), b.id, { env: ENV })
    await new Promise((r) => setTimeout(r, 300))
    expect(sink.received.length).toBe(before)
    expect(await jobsFor(b.id)).toHaveLength(0)
  })
})

describe('staff cancelling in the admin', () => {
  const cancelByStaff = (id: string, req?: object) => payload().update({
    collection: 'bookings', id, depth: 0, data: { status: 'cancelled', cancelReason: 'La oficina cierra ese día por obras.' },
    context: { [NOW_CONTEXT]: BOOKED_AT }, ...(req ? { req } : {}),
  })

  it('queues the mail inside the save’s transaction: nothing when the save rolls back', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-18T09:00:00.000Z', applicant(6), BOOKED_AT)
    const transactionID = (await payload().db.beginTransaction())!
    await cancelByStaff(b.id, { transactionID })
    await payload().db.rollbackTransaction(transactionID)
    expect(await jobsFor(b.id)).toHaveLength(0)
    const stored = await payload().findByID({ collection: 'bookings', id: b.id, depth: 0 })
    expect(stored.status).toBe('booked')
  })

  it('and one job when it commits, which mails the reason', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-18T09:30:00.000Z', applicant(7), BOOKED_AT)
    const transactionID = (await payload().db.beginTransaction())!
    await cancelByStaff(b.id, { transactionID })
    // Inside the transaction, before the commit: the job is part of the same unit of work.
    const queuedInside = await payload().find({ collection: JOBS, depth: 0, pagination: false, req: { transactionID } as never, where: { taskSlug: { equals: SEND_APPOINTMENT_MAIL } } })
    expect(queuedInside.docs.some((j) => (j as { input?: { booking?: string } }).input?.booking === b.id)).toBe(true)
    await payload().db.commitTransaction(transactionID)
    const jobs = await jobsFor(b.id)
    expect(jobs.map((j) => j.input.kind)).toEqual(['cancelled'])

    const mail = await nextMail(() => payload().jobs.runByID({ id: jobs[0]!.id, silent: true }))
    expect(mail.subject).toBe(`Cita cancelada: Renovación de pasaporte — ${b.reference}`)
    expect(mail.text).toContain('Lo sentimos: hemos tenido que cancelar su cita.')
    expect(mail.text).toContain('Motivo: La oficina cierra ese día por obras.')
    expect(mail.text).toMatch(/jueves, 18 de marzo de 2027, 10:30/)
  })

  it('attendance changes send nothing', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-18T10:00:00.000Z', applicant(8), BOOKED_AT)
    await payload().update({ collection: 'bookings', id: b.id, depth: 0, data: { status: 'attended' }, context: { [NOW_CONTEXT]: new Date('2027-03-18T10:05:00.000Z') } })
    expect(await jobsFor(b.id)).toHaveLength(0)
  })
})

describe('when the mail server refuses', () => {
  it('the caller is not failed, the mail waits in the queue, and the refusal logged names no address', async () => {
    const b = await bookOrFail(payload(), madrid, '2027-03-19T09:00:00.000Z', applicant(9), BOOKED_AT)
    const send = payload().sendEmail
    payload().sendEmail = async () => {
      throw Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 <ana9@example.org>: Recipient address rejected'), { responseCode: 550 })
    }
    try {
      await expect(mailBookingConfirmed(payload(), b.id, { env: ENV })).resolves.toBeUndefined()
      expect((await jobsFor(b.id)).map((j) => j.input.kind)).toEqual(['confirmed'])
      const [queued] = await jobsFor(b.id)
      await payload().jobs.runByID({ id: queued!.id, silent: true })
      const [job] = await jobsFor(b.id)
      expect(JSON.stringify(job)).toContain('was not sent (550)')
      expect(JSON.stringify(job)).not.toContain('ana9@example.org')
    } finally {
      payload().sendEmail = send
    }
  })
})

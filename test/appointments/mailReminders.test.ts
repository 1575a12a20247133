import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findBookingForToken, moveBooking } from '../../src/appointments/bookingStore'
import { remindTomorrow, REMIND_TOMORROW } from '../../src/appointments/mail'
import { loadScheduleRules } from '../../src/appointments/schedules'
import { startSmtpSink, type SmtpSink } from '../support/smtpSink'
import { applicant, bookOrFail, createSchedule, createService, ENV, manageLinkIn, startMailPayload, type MailTestPayload } from './mailFixture'

const BOOKED_AT = new Date('2027-03-01T08:00:00.000Z')
// Wednesday 10 March 2027, 17:00 UTC: already 01:00 on Thursday 11 in Shanghai (UTC+8), still 18:00 on Wednesday 10 in Madrid (UTC+1).
const EVENING = new Date('2027-03-10T17:00:00.000Z')
// 23:30 UTC the same day: 00:30 on Thursday 11 in Madrid, 07:30 on Thursday 11 in Shanghai: night in both.
const MADRID_MIDNIGHT = new Date('2027-03-10T23:30:00.000Z')
// 00:30 UTC on the 11th: 08:30 on Thursday in Shanghai, 01:30 in Madrid.
const SHANGHAI_MORNING = new Date('2027-03-11T00:30:00.000Z')
// 07:30 UTC on the 11th: 08:30 on Thursday in Madrid.
const MADRID_MORNING = new Date('2027-03-11T07:30:00.000Z')

let sink: SmtpSink
let t: MailTestPayload
const payload = (): Payload => t.payload
const bookings: Record<string, Awaited<ReturnType<typeof bookOrFail>>> = {}

const subjects = (from: number) => sink.received.slice(from).map((m) => m.subject ?? '')
const stored = (id: string) => payload().findByID({ collection: 'bookings', id, depth: 0 })

beforeAll(async () => {
  sink = await startSmtpSink()
  t = await startMailPayload(sink.url)
  const service = await createService(payload(), 'passport-renewal')
  const madrid = await createSchedule(payload(), 'madrid', 'Europe/Madrid', service.id)
  const shanghai = await createSchedule(payload(), 'shanghai', 'Asia/Shanghai', service.id, {
    address: { street: '1 Jianguomenwai Dajie', postalCode: '100600', city: 'Beijing', country: 'CN' },
  })
  const slots = {
    // Friday 12 March, 10:00 in Shanghai = 02:00 UTC on the 12th: Shanghai's "tomorrow" at EVENING.
    shanghaiTomorrow: [shanghai, '2027-03-12T02:00:00.000Z'],
    // Thursday 11 March, 15:00 in Shanghai: already "today" there at EVENING, though tomorrow in UTC.
    shanghaiToday: [shanghai, '2027-03-11T07:00:00.000Z'],
    // Thursday 11 March, 10:00 in Madrid: Madrid's "tomorrow" at EVENING.
    madridTomorrow: [madrid, '2027-03-11T09:00:00.000Z'],
    // Friday 12 March, 09:30 in Madrid: the day after tomorrow there at EVENING, tomorrow from Madrid's midnight.
    madridFriday: [madrid, '2027-03-12T08:30:00.000Z'],
    madridCancelled: [madrid, '2027-03-11T09:30:00.000Z'],
  } as const
  let n = 0
  for (const [name, [rules, slot]] of Object.entries(slots)) bookings[name] = await bookOrFail(payload(), rules, slot, applicant(`r${(n += 1)}`), BOOKED_AT)
  await payload().update({ collection: 'bookings', id: bookings.madridCancelled!.id, data: { status: 'cancelled', cancelReason: 'Cierre' } })
})

afterAll(async () => {
  await t?.close()
  await sink?.close()
})

describe('the day-before reminder', () => {
  it('at 17:00 UTC reminds Madrid’s Thursday by Madrid’s calendar, holds Shanghai’s Friday for the morning there (01:00), and nothing else', async () => {
    const from = sink.received.length
    expect(await remindTomorrow(payload(), EVENING, ENV)).toEqual({ sent: 1 })
    await sink.waitFor(from + 1)
    await new Promise((r) => setTimeout(r, 200))
    expect(subjects(from)).toEqual([`Recordatorio: su cita de mañana, Renovación de pasaporte — ${bookings.madridTomorrow!.reference}`])
  })

  it('at midnight in Madrid and 07:30 in Shanghai reminds nobody: both wait for 08:00', async () => {
    const from = sink.received.length
    expect(await remindTomorrow(payload(), MADRID_MIDNIGHT, ENV)).toEqual({ sent: 0 })
    await new Promise((r) => setTimeout(r, 300))
    expect(sink.received.length).toBe(from)
  })

  it('at 08:30 in Shanghai reminds Shanghai’s Friday by Shanghai’s calendar and clock, still not Madrid’s Friday', async () => {
    const from = sink.received.length
    expect(await remindTomorrow(payload(), SHANGHAI_MORNING, ENV)).toEqual({ sent: 1 })
    await sink.waitFor(from + 1)
    const shanghaiMail = sink.received.slice(from).find((m) => m.subject?.includes(bookings.shanghaiTomorrow!.reference))!
    expect(shanghaiMail.subject).toBe(`Recordatorio: su cita de mañana, Renovación de pasaporte — ${bookings.shanghaiTomorrow!.reference}`)
    expect(shanghaiMail.text).toMatch(/viernes, 12 de marzo de 2027, 10:00 \(hora estándar de China\)/)
    expect(shanghaiMail.text).toContain('- Pasaporte actual')
  })

  it('stamps the booking and writes the history line', async () => {
    for (const [name, at] of [['madridTomorrow', EVENING], ['shanghaiTomorrow', SHANGHAI_MORNING]] as const) {
      const doc = await stored(bookings[name]!.id)
      expect(doc.reminderSentAt).toBe(at.toISOString())
      expect(doc.history?.map((h) => h.action)).toEqual(['booked', 'reminded'])
      expect(doc.history?.[1]).toMatchObject({ by: 'system', at: at.toISOString() })
    }
    for (const name of ['shanghaiToday', 'madridFriday', 'madridCancelled']) expect((await stored(bookings[name]!.id)).reminderSentAt ?? null).toBeNull()
  })

  it('carries a manage link that works, without spending the confirmation’s', async () => {
    const mail = sink.received.find((m) => m.subject?.includes(bookings.madridTomorrow!.reference))!
    const token = new URL(manageLinkIn(mail.text)!).searchParams.get('token')!
    expect((await findBookingForToken(payload(), bookings.madridTomorrow!.id, token)).ok).toBe(true)
    expect((await findBookingForToken(payload(), bookings.madridTomorrow!.id, bookings.madridTomorrow!.token)).ok).toBe(true)
  })

  it('does not remind twice: not on the next run, nor from two runs at once', async () => {
    const from = sink.received.length
    const runs = await Promise.all([remindTomorrow(payload(), SHANGHAI_MORNING, ENV), remindTomorrow(payload(), SHANGHAI_MORNING, ENV)])
    expect(runs).toEqual([{ sent: 0 }, { sent: 0 }])
    await new Promise((r) => setTimeout(r, 300))
    expect(sink.received.length).toBe(from)
  })

  it('on Thursday morning in Madrid, reminds Madrid’s Friday once, even with two runs racing', async () => {
    const from = sink.received.length
    const runs = await Promise.all([remindTomorrow(payload(), MADRID_MORNING, ENV), remindTomorrow(payload(), MADRID_MORNING, ENV)])
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1])
    await sink.waitFor(from + 1)
    await new Promise((r) => setTimeout(r, 300))
    expect(subjects(from)).toEqual([`Recordatorio: su cita de mañana, Renovación de pasaporte — ${bookings.madridFriday!.reference}`])
    expect((await stored(bookings.madridFriday!.id)).history?.filter((h) => h.action === 'reminded')).toHaveLength(1)
  })

  it('a booking moved after its reminder is reminded again for its new day', async () => {
    const b = bookings.madridTomorrow!
    const rules = await loadScheduleRules(payload(), (await stored(b.id)).schedule as string)
    const moved = await moveBooking(payload(), b.id, b.token, rules!, '2027-03-15T09:00:00.000Z', BOOKED_AT)
    expect(moved.ok).toBe(true)
    // Sunday 14 March, 12:00 in Madrid: Monday 15 is tomorrow.
    expect(await remindTomorrow(payload(), new Date('2027-03-14T11:00:00.000Z'), ENV)).toEqual({ sent: 1 })
  })

  it('runs as a job of the queue, as the server’s hourly timer queues it', async () => {
    const queue = payload().jobs.queue as unknown as (args: { task: string; input: object }) => Promise<{ id: string }>
    const job = await queue({ task: REMIND_TOMORROW, input: {} })
    // By id: the fixture's saves queued site rebuilds ahead of it.
    await payload().jobs.runByID({ id: job.id, silent: true })
    // A job that succeeds is deleted from the queue; one that failed stays, with its error.
    const left = await payload().find({ collection: 'payload-jobs' as CollectionSlug, depth: 0, where: { id: { equals: job.id } } })
    expect(left.docs).toEqual([])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BookedAppointment } from '../../src/appointments/bookingStore'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { bookAt, buildStaffFixture, tenDaysAgoAtMidnight, callApi } from './staffFixture'

let t: TestPayload
let fx: Awaited<ReturnType<typeof buildStaffFixture>>
let past: BookedAppointment[]
let future: BookedAppointment
let cairoPast: BookedAppointment

const statusOf = async (id: string) => (await t.payload.findByID({ collection: 'bookings', id, depth: 0 })).status
const historyOf = async (id: string) => ((await t.payload.findByID({ collection: 'bookings', id, depth: 0 })).history ?? []) as { action: string; by?: string | null }[]
const checkIn = (id: string, token: string | undefined, form: Record<string, string>, headers: Record<string, string> = {}) =>
  callApi(t, `/api/bookings/${id}/check-in`, { token, form, headers })

beforeAll(async () => {
  t = await startTestPayload()
  fx = await buildStaffFixture(t.payload)
  // Booked ten days ago for slots that have since passed; and one for a slot still to come.
  const tenDaysAgo = tenDaysAgoAtMidnight()
  past = [
    await bookAt(t.payload, fx.madrid.rules, tenDaysAgo, 0),
    await bookAt(t.payload, fx.madrid.rules, tenDaysAgo, 1),
    await bookAt(t.payload, fx.madrid.rules, tenDaysAgo, 2),
  ]
  future = await bookAt(t.payload, fx.madrid.rules, new Date(), 0)
  cairoPast = await bookAt(t.payload, fx.cairo.rules, tenDaysAgo, 0)
})
afterAll(async () => {
  await t?.close()
})

describe('check-in from the day list, without JavaScript (POST /api/bookings/:id/check-in)', () => {
  it('records attendance for the mission’s own editor, appends the history, and sends the browser back to the list', async () => {
    const back = '/admin/appointments?mission=madrid&office=o1&date=2027-01-05'
    const answer = await checkIn(past[0]!.id, fx.madridEditor.token, { status: 'attended', return: back })
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`/admin/appointments?mission=madrid&office=o1&date=2027-01-05&checkin=attended&booking=${past[0]!.id}#booking-${past[0]!.id}`)
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect(await statusOf(past[0]!.id)).toBe('attended')
    expect((await historyOf(past[0]!.id)).at(-1)).toMatchObject({ action: 'attended', by: fx.madridEditor.email })
  })

  it('lets a ministry user record a no-show at any mission, and answers JSON when asked', async () => {
    const answer = await checkIn(cairoPast.id, fx.admin.token, { status: 'no-show' }, { accept: 'application/json' })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ ok: true, outcome: 'no-show', reference: cairoPast.reference })
    expect(await statusOf(cairoPast.id)).toBe('no-show')
  })

  it('gives another mission’s editor a 404, as if the booking did not exist, and changes nothing', async () => {
    const answer = await checkIn(past[1]!.id, fx.cairoEditor.token, { status: 'no-show' })
    expect(answer.status).toBe(404)
    expect(await statusOf(past[1]!.id)).toBe('booked')
    expect(await historyOf(past[1]!.id)).toHaveLength(1)
  })

  it('refuses anyone not signed in with a 401, and a forged token too', async () => {
    expect((await checkIn(past[1]!.id, undefined, { status: 'attended' })).status).toBe(401)
    expect((await checkIn(past[1]!.id, `${fx.madridEditor.token}x`, { status: 'attended' })).status).toBe(401)
    expect(await statusOf(past[1]!.id)).toBe('booked')
  })

  it('refuses attendance before the slot starts: back to the list with the reason, or 409 for JSON', async () => {
    const form = await checkIn(future.id, fx.madridEditor.token, { status: 'attended' })
    expect(form.status).toBe(303)
    expect(new URL(form.headers.get('location')!, 'http://x').searchParams.get('checkin')).toBe('not-started')
    const json = await checkIn(future.id, fx.madridEditor.token, { status: 'no-show' }, { accept: 'application/json' })
    expect(json.status).toBe(409)
    expect(await json.json()).toMatchObject({ ok: false, outcome: 'not-started' })
    expect(await statusOf(future.id)).toBe('booked')
  })

  it('refuses a post from another site’s page, though the browser sent the session cookie', async () => {
    const answer = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'attended' }, { origin: 'https://evil.example' })
    expect(answer.status).toBe(403)
    const opaque = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'attended' }, { origin: 'null' })
    expect(opaque.status).toBe(403)
    expect(await statusOf(past[1]!.id)).toBe('booked')
  })

  it('accepts the admin’s own page when the server sees itself under another address (Next, a proxy): the Host the browser used decides', async () => {
    const answer = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'attended' }, { origin: 'https://cms.ministry.example', host: 'cms.ministry.example', accept: 'application/json' })
    expect(await answer.json()).toMatchObject({ ok: true, outcome: 'attended' })
    const forged = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'no-show' }, { origin: 'https://evil.example', host: 'cms.ministry.example' })
    expect(forged.status).toBe(403)
  })

  it('follows only a return address inside the appointments view', async () => {
    for (const elsewhere of ['https://evil.example/admin/appointments', '//evil.example/admin/appointments', '/admin/collections/users', '/admin/appointmentsX']) {
      const answer = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'no-show', return: elsewhere })
      expect(answer.status).toBe(303)
      expect(answer.headers.get('location')).toMatch(/^\/admin\/appointments\?checkin=(no-show|unchanged)&booking=/)
    }
    expect(await statusOf(past[1]!.id)).toBe('no-show')
  })

  it('says a second click changed nothing, and a cancelled booking cannot be checked in', async () => {
    const again = await checkIn(past[0]!.id, fx.madridEditor.token, { status: 'attended' }, { accept: 'application/json' })
    expect(await again.json()).toMatchObject({ ok: true, outcome: 'unchanged' })
    expect(await historyOf(past[0]!.id)).toHaveLength(2)

    await t.payload.update({ collection: 'bookings', id: past[2]!.id, data: { status: 'cancelled', cancelReason: 'Office closed for a strike' } })
    const cancelled = await checkIn(past[2]!.id, fx.madridEditor.token, { status: 'attended' }, { accept: 'application/json' })
    expect(cancelled.status).toBe(409)
    expect(await cancelled.json()).toMatchObject({ ok: false, outcome: 'cancelled' })
    expect(await statusOf(past[2]!.id)).toBe('cancelled')
  })

  it('takes only attended or no-show', async () => {
    const answer = await checkIn(past[1]!.id, fx.madridEditor.token, { status: 'cancelled' })
    expect(answer.status).toBe(400)
    expect(await statusOf(past[1]!.id)).toBe('no-show')
  })
})

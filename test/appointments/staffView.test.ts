import { HtmlValidate } from 'html-validate'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { AppointmentsDayList } from '../../src/admin/AppointmentsDayList'
import { AppointmentsFigures } from '../../src/admin/AppointmentsFigures'
import { chooseDay, dayBounds, DayListError, type DayListRow, type StaffMission } from '../../src/appointments/dayList'
import type { ServiceAppointmentFigures } from '../../src/appointments/figures'

const HOSTILE = 'Ana <script>alert(1)</script> & “Co”'
const madrid: StaffMission = { id: 'm1', slug: 'madrid', name: 'Embajada en Madrid', timeZone: 'Europe/Madrid', offices: [{ id: 'o1', name: 'Cancillería' }, { id: 'o2', name: 'Consulado' }] }
const cairo: StaffMission = { id: 'm2', slug: 'cairo', name: 'Embajada en El Cairo', timeZone: null, offices: [{ id: 'c1', name: 'Chancery' }] }
const NOW = new Date('2027-03-10T23:30:00.000Z')

const row = (overrides: Partial<DayListRow>): DayListRow => ({
  id: 'b1', reference: 'MAD-2027-A000001', name: 'Ana Pérez', people: 1, service: 'Pasaportes', time: '09:00',
  slotStart: '2027-03-11T08:00:00.000Z', status: 'booked', started: true, ...overrides,
})
const rows = [
  row({ id: 'b1', name: HOSTILE, people: 2 }),
  row({ id: 'b2', reference: 'MAD-2027-A000002', status: 'attended' }),
  row({ id: 'b3', reference: 'MAD-2027-A000003', status: 'cancelled' }),
  row({ id: 'b4', reference: 'MAD-2027-A000004', time: '12:45', started: false }),
]
const choice = { mission: madrid, office: madrid.offices[0]!, date: '2027-03-11', timeZone: 'Europe/Madrid' }
const returnTo = '/admin/appointments?mission=madrid&office=o1&date=2027-03-11'

// React writes `dateTime` and `<input/>`: style, not validity, in HTML.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'attr-case': 'off', 'void-style': 'off' } })
const page = (markup: string) => `<!DOCTYPE html><html lang="en"><head><title>Appointments</title></head><body><main><h1>Appointments</h1>${markup}</main></body></html>`
const problems = async (markup: string) => (await validator.validateString(page(markup))).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))

describe('the day list (server-rendered HTML)', () => {
  const markup = renderToStaticMarkup(React.createElement(AppointmentsDayList, {
    choice, rows, returnTo, apiRoute: '/api', adminRoute: '/admin', notice: { outcome: 'not-started', bookingId: 'b4' },
  }))

  it('is valid HTML and escapes what applicants typed', async () => {
    expect(await problems(markup)).toEqual([])
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt; &amp; “Co”')
  })

  it('offers check-in as plain forms posting to the bookings endpoint, only for booked slots that have started', () => {
    const forms = [...markup.matchAll(/<form [^>]*action="([^"]+)" method="post"/g)].map((m) => m[1])
    expect(forms).toEqual(['/api/bookings/b1/check-in'])
    expect(markup).toContain(`<input type="hidden" name="return" value="${returnTo.replace(/&/g, '&amp;')}"/>`)
    expect(markup).toMatch(/<button type="submit" value="attended"[^>]* name="status">/)
    expect(markup).toMatch(/<button type="submit" value="no-show"[^>]* name="status">/)
    expect(markup).toContain('From 12:45')
    expect(markup).not.toMatch(/<script/)
  })

  it('links every booking to its edit page, where staff cancel with a reason', () => {
    for (const id of ['b1', 'b2', 'b3', 'b4']) expect(markup).toContain(`href="/admin/collections/bookings/${id}"`)
  })

  it('counts people on the day, cancelled ones apart, and says what a check-in came to', () => {
    expect(markup).toContain('3 appointments, 4 people (1 cancelled, listed in grey)')
    expect(markup).toContain('MAD-2027-A000004 has not started yet')
    expect(markup).toContain('Thursday, 11 March 2027')
  })

  it('keeps the buttons out of print', () => {
    expect(markup).toMatch(/<th scope="col" class="appointments__no-print">Check-in<\/th>/)
  })
})

describe('the figures table', () => {
  const figures: ServiceAppointmentFigures[] = [{
    missionId: 'm1', missionSlug: 'madrid', serviceId: 's1', serviceSlug: 'pasaporte', timeZone: 'Europe/Madrid', offices: 2,
    nextAvailableDate: '2027-03-15', waitingDays: 5,
    past30: { offered: 200, taken: 150, usedShare: 0.75 }, next30: { offered: 0, taken: 0, usedShare: null },
    last90: { attended: 9, noShows: 1, rate: 0.1 },
  }]
  const markup = renderToStaticMarkup(React.createElement(AppointmentsFigures, {
    rows: figures, missionNames: new Map([['m1', 'Embajada en Madrid']]), serviceTitles: new Map([['s1', HOSTILE]]),
  }))

  it('is valid HTML and shows each figure', async () => {
    expect(await problems(markup)).toEqual([])
    expect(markup).toContain('Monday, 15 March 2027')
    expect(markup).toContain('75% (150 of 200)')
    expect(markup).toContain('nothing offered')
    expect(markup).toContain('10% (1 of 10)')
    expect(markup).toContain('(2 offices)')
    expect(markup).not.toContain('<script>')
  })
})

describe('choosing the day', () => {
  it('defaults to today in the mission’s zone and to the first office that takes appointments', () => {
    // 23:30 UTC on the 10th is already the 11th in Madrid.
    expect(chooseDay({ missions: [madrid, cairo], mission: 'madrid', now: NOW, bookableOffices: new Set(['o2']) }))
      .toMatchObject({ office: { id: 'o2' }, date: '2027-03-11', timeZone: 'Europe/Madrid' })
    expect(chooseDay({ missions: [cairo], now: NOW })).toMatchObject({ mission: { slug: 'cairo' }, date: '2027-03-10', timeZone: 'UTC' })
  })

  it('asks for a mission among several, and refuses one that is not the user’s', () => {
    expect(chooseDay({ missions: [madrid, cairo], now: NOW })).toBeNull()
    expect(() => chooseDay({ missions: [cairo], mission: 'madrid', now: NOW })).toThrow(DayListError)
    expect(() => chooseDay({ missions: [madrid], mission: 'madrid', office: 'c1', now: NOW })).toThrow(/not an office/)
    expect(() => chooseDay({ missions: [madrid], mission: 'madrid', date: '11/03/2027', now: NOW })).toThrow(/YYYY-MM-DD/)
  })

  it('spans a local day, 23 hours long when the clocks go forward', () => {
    expect(dayBounds('2027-03-28', 'Europe/Madrid')).toEqual({ fromIso: '2027-03-27T23:00:00.000Z', toIso: '2027-03-28T22:00:00.000Z' })
  })
})

import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerBookingPost } from '../../src/appointments/flow/bookingPost'
import { answerBookingStep } from '../../src/appointments/flow/bookingSteps'
import type { FlowEndpoint } from '../../src/appointments/flow/flowEndpoint'
import { APPOINTMENT_MAIL_LANE } from '../../src/appointments/flow/flowMail'
import { bookingStepUrl } from '../../src/appointments/flow/links'
import { answerManagePage, answerManagePost } from '../../src/appointments/flow/manageSteps'
import { missionSites } from '../../src/appointments/flow/missionSites'
import { answerBookedPage, answerCancelledPage } from '../../src/appointments/flow/resultSteps'
import { FormRateLimits } from '../../src/citizen/guards'
import { forgetNetworkFacts } from '../../src/citizen/networkFacts'
import type { CitizenAnswer } from '../../src/citizen/citizenAnswer'
import { laneNamed } from '../../src/server/backgroundLane'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildFlowFixture, CMS, currentToken, decode, formFields, formPost, HOSTILE_NAME, links, NOW, recordingMail } from './flowFixture'

const ENTRY = `${CMS}/citizen/appointments`
const MANAGE = `${CMS}/citizen/appointments/manage`
// Tuesday 5 January 2027: 09:00 and 09:30 in Madrid (UTC+1).
const TUE_0900 = '2027-01-05T08:00:00.000Z'
const TUE_0930 = '2027-01-05T08:30:00.000Z'

let t: TestPayload
let fx: Awaited<ReturnType<typeof buildFlowFixture>>
let endpoint: FlowEndpoint
const mail = recordingMail()
/** The mails are sent after the answer, in their lane: what was sent, once the lane has caught up. */
const mailsSent = async () => {
  await laneNamed(APPOINTMENT_MAIL_LANE).idle()
  return mail.sent
}
const pages: { name: string; html: string }[] = []

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'long-title': 'off' } })

function kept(name: string, answer: CitizenAnswer): CitizenAnswer {
  if (answer.headers['content-type']?.startsWith('text/html')) pages.push({ name, html: answer.body })
  return answer
}

const step = async (choice: Record<string, string>, locale = 'es') =>
  kept(`step ${locale} ${JSON.stringify(choice)}`, await answerBookingStep(endpoint, new URL(bookingStepUrl(CMS, 'madrid', locale, choice))))
const post = async (fields: Record<string, string>, headers: Record<string, string> = {}, to: FlowEndpoint = endpoint) =>
  kept(`post ${fields.step}`, await answerBookingPost(to, formPost(ENTRY, fields, headers)))
const bookings = async () => (await t.payload.count({ collection: 'bookings' })).totalDocs
const details = (overrides: Record<string, string> = {}) => ({ name: 'Ana Pérez', email: 'ana@example.org', phone: '+34 600 111 222', documentNumber: 'X1234567', people: '2', ...overrides })
const choice = (slot = TUE_0900, service = 'pasaportes', office?: string) => ({ mission: 'madrid', locale: 'es', service, office: office ?? fx.chancery, slot })

/** Details, review, confirm: as a visitor without JavaScript goes through them. */
async function bookThrough(fields: Record<string, string>): Promise<CitizenAnswer> {
  const review = await post({ ...fields, step: 'details' })
  expect(review.status).toBe(200)
  return post({ ...formFields(review.body, '/citizen/appointments'), step: 'confirm' })
}

beforeAll(async () => {
  t = await startTestPayload()
  fx = await buildFlowFixture(t.payload)
  forgetNetworkFacts(t.payload)
  endpoint = {
    payload: t.payload, sites: missionSites(t.payload, { CMS_PUBLIC_URL: CMS }), limits: new FormRateLimits({ perClient: 1000, perMission: 1000 }),
    env: { CMS_PUBLIC_URL: CMS }, mail, now: () => NOW.getTime(),
  }
})
afterAll(async () => {
  await t?.close()
})

describe('choosing an appointment, one plain link at a time', () => {
  it('starts with the services the mission books, each with its first free day, in the mission’s page shell', async () => {
    const answer = await step({})
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.body).toContain('<html lang="es" dir="ltr">')
    expect(answer.body).toContain('href="https://madrid.example.gob.ec/assets/site.css"')
    expect(answer.body).toMatch(/<li aria-current="step">Trámite<\/li>/)
    expect(answer.body).toContain('Pasaportes')
    expect(answer.body).toContain('Registro consular')
    expect(answer.body).not.toContain('Visados</a>')
    expect(answer.body).toContain('Primera cita libre: <bdi><time datetime="2027-01-05">martes, 5 de enero de 2027</time></bdi>')
  })

  it('then the offices that book that service, then its days (no closure, no weekend), then the day’s free times', async () => {
    const offices = await step({ service: 'pasaportes' })
    expect(offices.status).toBe(200)
    expect(offices.body).toContain('Oficina de Valencia &lt;b&gt;consular&lt;/b&gt;')
    expect(links(offices.body)).toContain(bookingStepUrl(CMS, 'madrid', 'es', { service: 'pasaportes', office: fx.valencia }))

    const days = await step({ service: 'pasaportes', office: fx.chancery })
    expect(days.status).toBe(200)
    const dates = [...days.body.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1])
    expect(dates[0]).toBe('2027-01-05')
    expect(dates).not.toContain('2027-01-06')
    expect(dates).not.toContain('2027-01-09')
    expect(dates.at(-1)! <= '2027-03-05').toBe(true)
    expect(days.body).toContain('<h2>enero de 2027</h2>')

    const times = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05' })
    expect(times.status).toBe(200)
    expect(times.body).toContain('<fieldset class="field">')
    expect(times.body).toContain(`<input id="slot-0" name="slot" type="radio" value="${TUE_0900}" required>`)
    expect(times.body).toContain(`<time datetime="${TUE_0900}">9:00</time>`)
    expect(times.body).toContain('hora de Europa central · <bdi dir="ltr">Europe/Madrid</bdi>')
    expect(times.body).toContain('<form method="get" action="https://cms.example.gob.ec/citizen/appointments"')

    const form = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05', slot: TUE_0900 })
    expect(form.status).toBe(200)
    expect(form.body).toMatch(/<label for="booking-email">Correo electrónico<\/label>/)
    expect(form.body).toContain('<form id="booking-form" class="booking-form" method="post" action="https://cms.example.gob.ec/citizen/appointments"')
    expect(links(form.body)).toContain(bookingStepUrl(CMS, 'madrid', 'es', { service: 'pasaportes', office: fx.chancery, day: '2027-01-05' }))
  })

  it('keeps the visitor’s place when the language changes', async () => {
    const times = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05' })
    expect(links(times.body)).toContain(bookingStepUrl(CMS, 'madrid', 'ar', { service: 'pasaportes', office: fx.chancery, day: '2027-01-05' }))
  })
})

describe('booking without JavaScript: details, review, confirm', () => {
  it('sends the details back with their errors in the visitor’s language, the values kept, nothing stored', async () => {
    const before = await bookings()
    const answer = await post({ ...choice(), ...details({ email: 'ana@example', name: '' }), step: 'details' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('<a href="#booking-email">Escriba una dirección de correo válida, como nombre@ejemplo.com.</a>')
    expect(answer.body).toContain('<a href="#booking-name">')
    expect(answer.body).toContain('value="ana@example"')
    expect(answer.body).toContain('aria-invalid="true"')
    expect(answer.body).toContain('<option value="2" selected>')
    expect(await bookings()).toBe(before)
  })

  it('reviews, then books on confirmation: a 303 to the booked page, one booking, one confirmation mail', async () => {
    const before = await bookings()
    const review = await post({ ...choice(), ...details(), step: 'details' })
    expect(review.status).toBe(200)
    expect(review.body).toContain('Revise y confirme su cita')
    expect(review.body).toContain('<dd><bdi>ana@example.org</bdi></dd>')
    expect(await bookings()).toBe(before)

    const fields = formFields(review.body, '/citizen/appointments')
    expect(fields.key).toMatch(/^[0-9a-f-]{36}$/)
    const confirmed = await post({ ...fields, step: 'confirm' })
    expect(confirmed.status).toBe(303)
    const location = new URL(confirmed.headers.location!)
    expect(`${location.origin}${location.pathname}`).toBe(`${CMS}/citizen/appointments/booked`)
    const reference = location.searchParams.get('ref')!
    expect(reference).toMatch(/^MAD-2027-A\d{6}$/)
    expect(await bookings()).toBe(before + 1)
    const [doc] = (await t.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs
    expect(doc).toMatchObject({ status: 'booked', name: 'Ana Pérez', email: 'ana@example.org', people: 2, locale: 'es', slotStart: TUE_0900 })
    expect((await mailsSent()).filter((m) => m.bookingId === doc!.id)).toEqual([{ kind: 'confirmed', bookingId: doc!.id, moved: false }])

    // The same confirmation again (a double click, a reload): the same booking, no second mail.
    const again = await post({ ...fields, step: 'confirm' })
    expect(again.headers.location).toBe(confirmed.headers.location)
    expect(await bookings()).toBe(before + 1)
    expect((await mailsSent()).filter((m) => m.bookingId === doc!.id)).toHaveLength(1)

    const booked = kept('booked', await answerBookedPage(endpoint, location))
    expect(booked.status).toBe(200)
    expect(booked.body).toContain(`<strong class="reference" dir="ltr">${reference}</strong>`)
    expect(booked.body).toContain('martes, 5 de enero de 2027')
    expect(booked.body).toContain('<li>Fotografía reciente</li>')
    expect(booked.body).not.toContain('ana@example.org')
    // Another language keeps the visitor on this page.
    const seal = location.searchParams.get('seal')
    expect(links(booked.body)).toContain(`${CMS}/citizen/appointments/booked?mission=madrid&locale=en&ref=${reference}&seal=${seal}`)
  })

  it('shows the booked page only with the seal of its reference, so references cannot be walked', async () => {
    const fields = formFields((await post({ ...choice(TUE_0930), ...details({ name: 'Eva Sanz' }), step: 'details' })).body, '/citizen/appointments')
    const location = new URL((await post({ ...fields, step: 'confirm' })).headers.location!)
    expect((await answerBookedPage(endpoint, location)).status).toBe(200)
    const without = new URL(location)
    without.searchParams.delete('seal')
    expect((await answerBookedPage(endpoint, without)).status).toBe(404)
    const forged = new URL(location)
    forged.searchParams.set('seal', 'A'.repeat(22))
    expect((await answerBookedPage(endpoint, forged)).status).toBe(404)
    // Another booking's seal does not open this one.
    const next = new URL(location)
    const number = Number(location.searchParams.get('ref')!.slice(-6)) + 1
    next.searchParams.set('ref', `${location.searchParams.get('ref')!.slice(0, -6)}${String(number).padStart(6, '0')}`)
    expect((await answerBookedPage(endpoint, next)).status).toBe(404)
  })

  it('“correct my details” on the review brings the form back filled in', async () => {
    const review = await post({ ...choice(TUE_0930), ...details({ name: 'Luis Mora' }), step: 'details' })
    const edit = await post({ ...formFields(review.body, '/citizen/appointments'), step: 'edit' })
    expect(edit.status).toBe(200)
    expect(edit.body).toContain('value="Luis Mora"')
    expect(edit.body).toContain(`name="slot" value="${TUE_0930}"`)
  })
})

describe('bad input: a clear message in the visitor’s language, nothing stored', () => {
  const cases: [string, Record<string, string>, number, string][] = [
    ['a past slot', { slot: '2027-01-04T06:00:00.000Z' }, 400, 'Esa hora ya ha pasado'],
    ['a time that is not a slot', { slot: '2027-01-05T08:07:00.000Z' }, 400, 'no es una de las que ofrece la oficina'],
    ['a closed day', { slot: '2027-01-06T08:00:00.000Z' }, 400, 'La oficina no atiende ese día'],
    ['beyond the window', { slot: '2027-03-15T08:00:00.000Z' }, 400, 'con un máximo de 60 días de antelación'],
    ['too little notice', { slot: '2027-01-04T11:00:00.000Z' }, 400, 'al menos 24 horas de antelación'],
  ]
  for (const [what, fields, status, says] of cases) {
    it(`refuses ${what} at every step: the link, the details and the confirmation`, async () => {
      const before = await bookings()
      const link = await step({ service: 'pasaportes', office: fx.chancery, ...fields })
      expect(link.status).toBe(status)
      expect(decode(link.body)).toContain(says)
      const sent = await post({ ...choice(fields.slot), ...details(), step: 'details' })
      expect(sent.status).toBe(status)
      expect(decode(sent.body)).toContain(says)
      const confirmed = await post({ ...choice(fields.slot), ...details(), key: `k-${what.replace(/\W/g, '')}`, step: 'confirm' })
      expect(confirmed.status).toBe(status)
      // The details ride along in the time step's form, so the visitor types nothing twice.
      expect(decode(confirmed.body)).toContain('name="email" value="ana@example.org"')
      expect(await bookings()).toBe(before)
    })
  }

  it('refuses a day the office is closed, or too far ahead, on the day step', async () => {
    const closed = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-06' })
    expect(closed.status).toBe(400)
    expect(closed.body).toContain('La oficina no atiende ese día')
    const saturday = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-09' })
    expect(saturday.body).toContain('La oficina no atiende ese día')
    const far = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-06-01' })
    expect(far.body).toContain('60 días')
  })

  it('a full slot: the last place taken meanwhile sends the visitor to the free times with the details kept', async () => {
    const slot = '2027-01-07T09:00:00.000Z'
    const first = await bookThrough({ ...choice(slot, 'registro'), ...details({ email: 'first@example.org' }) })
    expect(first.status).toBe(303)
    const before = await bookings()
    const late = await post({ ...choice(slot, 'registro'), ...details({ email: 'late@example.org' }), key: 'late-key', step: 'confirm' })
    expect(late.status).toBe(409)
    expect(decode(late.body)).toContain('Esa hora acaba de quedar completa')
    expect(late.body).toContain('value="late@example.org"')
    expect(late.body).not.toContain(`value="${slot}"`)
    expect(late.body).toContain('<form method="post"')
    expect(await bookings()).toBe(before)
    // And the link to it says so before the details are typed.
    const link = await step({ service: 'registro', office: fx.chancery, slot })
    expect(link.status).toBe(409)
  })

  it('refuses a malformed e-mail address at confirmation too', async () => {
    const before = await bookings()
    const answer = await post({ ...choice(), ...details({ email: 'ana@@example.org' }), step: 'confirm', key: 'bad-mail' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('Escriba una dirección de correo válida')
    expect(await bookings()).toBe(before)
  })

  it('refuses a service the office does not offer, and a service without appointments', async () => {
    const before = await bookings()
    const notHere = await step({ service: 'registro', office: fx.valencia })
    expect(notHere.status).toBe(404)
    expect(notHere.body).toContain('Esa oficina no da cita para este trámite')
    const posted = await post({ ...choice(TUE_0900, 'registro', fx.valencia), ...details(), step: 'confirm', key: 'valencia' })
    expect(posted.status).toBe(404)
    expect(posted.body).toContain('Esa oficina no da cita para este trámite')
    const visas = await step({ service: 'visados' })
    expect(visas.status).toBe(404)
    expect(visas.body).toContain('No se puede pedir cita en línea para ese trámite aquí')
    expect(await bookings()).toBe(before)
  })

  it('asks for a time when the time form is sent without one', async () => {
    // The GET form as the browser sends it with no radio checked: the day and the step, no slot.
    const times = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05' })
    const form = formFields(times.body, '/citizen/appointments')
    expect(form).toMatchObject({ mission: 'madrid', locale: 'es', service: 'pasaportes', office: fx.chancery, day: '2027-01-05', step: 'time' })
    const answer = kept('no time', await answerBookingStep(endpoint, new URL(`${ENTRY}?${new URLSearchParams(form)}`)))
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('<a href="#slot-0">Elija una hora.</a>')
    // The same from the form that carries the details (after a refusal): the day kept, the details too.
    const carried = await post({ ...choice(''), ...details(), day: '2027-01-05', step: 'details' })
    expect(carried.status).toBe(400)
    expect(carried.body).toContain('Elija una hora.')
    expect(carried.body).toContain('martes, 5 de enero de 2027')
    expect(carried.body).toContain('value="ana@example.org"')
  })

  it('answers an unknown mission with a plain 404', async () => {
    const answer = await answerBookingStep(endpoint, new URL(bookingStepUrl(CMS, 'atlantis', 'es', {})))
    expect(answer.status).toBe(404)
  })
})

describe('posts pass the contact form’s guards', () => {
  it('refuses another origin, another encoding and an oversized body, storing nothing', async () => {
    const before = await bookings()
    const fields = { ...choice(), ...details(), step: 'confirm', key: 'guards' }
    expect((await post(fields, { origin: 'https://evil.example' })).status).toBe(403)
    const json = new Request(ENTRY, { method: 'POST', headers: { origin: CMS, 'content-type': 'application/json' }, body: JSON.stringify(fields) })
    expect((await answerBookingPost(endpoint, json)).status).toBe(415)
    expect((await post({ ...fields, name: 'x'.repeat(70_000) })).status).toBe(413)
    expect(await bookings()).toBe(before)
  })

  it('limits posts per client, with a page in the visitor’s language and Retry-After', async () => {
    const strict: FlowEndpoint = { ...endpoint, limits: new FormRateLimits({ perClient: 1, perMission: 100 }) }
    const fields = { ...choice(), ...details(), locale: 'fr', step: 'details' }
    expect((await post(fields, {}, strict)).status).toBe(200)
    const limited = await post(fields, {}, strict)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(decode(limited.body)).toContain('Trop de formulaires ont été envoyés')
    expect(limited.body).toContain('<html lang="fr" dir="ltr">')
  })
})

describe('the manage link: cancel, move, single use', () => {
  async function bookOne(slot: string, name = 'Marta Ruiz'): Promise<string> {
    const answer = await bookThrough({ ...choice(slot), ...details({ name, email: 'marta@example.org' }) })
    expect(answer.status).toBe(303)
    return new URL(answer.headers.location!).searchParams.get('ref')!
  }
  const manage = async (booking: { id: string; token: string }, extra: Record<string, string> = {}) =>
    kept(`manage ${JSON.stringify(extra)}`, await answerManagePage(endpoint, new URL(`${MANAGE}?${new URLSearchParams({ booking: booking.id, token: booking.token, ...extra })}`)))
  const managePost = async (fields: Record<string, string>) => kept('manage post', await answerManagePost(endpoint, formPost(MANAGE, fields)))

  it('shows the appointment, and cancels it after asking once more; the place is free again and the old link is spent', async () => {
    const slot = '2027-01-08T10:00:00.000Z'
    const reference = await bookOne(slot)
    const booking = await currentToken(t.payload, reference)
    const page = await manage(booking)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<dd><bdi>Marta Ruiz</bdi></dd>')
    expect(page.body).toContain('Anular la cita')

    const ask = await manage(booking, { do: 'cancel' })
    expect(ask.body).toContain('¿Anular la cita?')
    const fields = formFields(ask.body, '/citizen/appointments/manage')
    expect(fields).toMatchObject({ booking: booking.id, token: booking.token, action: 'cancel' })
    const cancelled = await managePost(fields)
    expect(cancelled.status).toBe(303)
    const location = new URL(cancelled.headers.location!)
    expect(location.pathname).toBe('/citizen/appointments/cancelled')
    expect((await mailsSent()).at(-1)).toEqual({ kind: 'cancelled', bookingId: booking.id })
    const [doc] = (await t.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs
    expect(doc).toMatchObject({ status: 'cancelled', cancelledBy: 'applicant' })
    expect((await answerCancelledPage(endpoint, location)).status).toBe(200)
    // Its booked page, sealed as it was, no longer shows it.
    const bookedAddress = new URL(location)
    bookedAddress.pathname = '/citizen/appointments/booked'
    expect((await answerBookedPage(endpoint, bookedAddress)).status).toBe(404)

    // Two places per slot: the time is offered again with both free.
    const times = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-08' })
    expect(times.body).toContain(`value="${slot}"`)

    const spent = await manage(booking)
    expect(spent.status).toBe(410)
    expect(spent.body).toContain('Este enlace ya se utilizó')
    expect((await managePost(fields)).status).toBe(410)
  })

  it('moves it: day, time, confirm; the new link works, the old one is spent', async () => {
    const reference = await bookOne('2027-01-11T08:00:00.000Z')
    const booking = await currentToken(t.payload, reference)
    const days = await manage(booking, { do: 'move' })
    expect(days.status).toBe(200)
    expect(days.body).toMatch(/<li aria-current="step">Día<\/li>/)
    const dayLink = links(days.body).find((href) => href.includes('day=2027-01-12'))!
    const times = await answerManagePage(endpoint, new URL(dayLink))
    expect(times.status).toBe(200)
    const target = '2027-01-12T11:30:00.000Z'
    const review = await manage(booking, { do: 'move', day: '2027-01-12', slot: target })
    expect(review.status).toBe(200)
    expect(review.body).toContain('Confirme el cambio')
    const moved = await managePost(formFields(review.body, '/citizen/appointments/manage'))
    expect(moved.status).toBe(303)
    expect(new URL(moved.headers.location!).searchParams.get('moved')).toBe('1')
    expect((await mailsSent()).at(-1)).toEqual({ kind: 'confirmed', bookingId: booking.id, moved: true })
    const [doc] = (await t.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs
    expect(doc!.slotStart).toBe(target)
    const bookedPage = await answerBookedPage(endpoint, new URL(moved.headers.location!))
    expect(bookedPage.body).toContain('Cita cambiada')

    expect((await manage(booking)).status).toBe(410)
    expect((await manage(await currentToken(t.payload, reference))).status).toBe(200)
  })

  it('refuses a refused time when moving, with the reason', async () => {
    const reference = await bookOne('2027-01-13T08:00:00.000Z')
    const booking = await currentToken(t.payload, reference)
    const answer = await managePost({ booking: booking.id, token: booking.token, action: 'move', slot: '2027-01-06T08:00:00.000Z' })
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('La oficina no atiende ese día')
    const [doc] = (await t.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs
    expect(doc!.slotStart).toBe('2027-01-13T08:00:00.000Z')
  })

  it('answers a tampered token with 404 and an unknown booking with 404', async () => {
    const reference = await bookOne('2027-01-14T08:00:00.000Z')
    const booking = await currentToken(t.payload, reference)
    const tampered = await manage({ id: booking.id, token: `${booking.token.slice(0, -2)}xx` })
    expect(tampered.status).toBe(404)
    expect(tampered.body).toContain('Este enlace no es válido')
    expect((await manage({ id: 'no-such-booking', token: booking.token })).status).toBe(404)
    expect((await managePost({ booking: booking.id, token: 'forged.token', action: 'cancel' })).status).toBe(404)
    const [doc] = (await t.payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs
    expect(doc!.status).toBe('booked')
  })
})

describe('every language, right to left, hostile names', () => {
  it('renders each step in es, en, fr, zh and ar; Arabic right to left with Latin text isolated', async () => {
    for (const locale of ['en', 'fr', 'zh', 'ar']) {
      const page = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05' }, locale)
      expect(page.status).toBe(200)
      expect(page.body).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`)
      await step({}, locale)
      await step({ service: 'pasaportes' }, locale)
      await step({ service: 'pasaportes', office: fx.chancery }, locale)
      await step({ service: 'pasaportes', office: fx.chancery, slot: TUE_0930 }, locale)
    }
    const ar = await step({ service: 'pasaportes', office: fx.chancery, day: '2027-01-05' }, 'ar')
    expect(ar.body).toContain('اختر الساعة')
    expect(ar.body).toContain('<bdi dir="ltr">Europe/Madrid</bdi>')
    const review = await post({ ...choice(TUE_0930), ...details(), locale: 'ar', step: 'details' })
    expect(review.body).toContain('<dd><bdi>Ana Pérez</bdi></dd>')
  })

  it('escapes a hostile name on the review and the manage page', async () => {
    const review = await post({ ...choice(TUE_0930), ...details({ name: HOSTILE_NAME }), step: 'details' })
    expect(review.status).toBe(200)
    expect(review.body).not.toContain('<script>alert')
    expect(review.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ñúñez')
    const confirmed = await post({ ...formFields(review.body, '/citizen/appointments'), step: 'confirm' })
    const reference = new URL(confirmed.headers.location!).searchParams.get('ref')!
    const booking = await currentToken(t.payload, reference)
    const page = kept('manage hostile', await answerManagePage(endpoint, new URL(`${MANAGE}?booking=${booking.id}&token=${encodeURIComponent(booking.token)}&locale=ar`)))
    expect(page.body).not.toContain('<script>alert')
    expect(page.body).toContain('<dd><bdi>&lt;script&gt;')
    expect(page.body).toContain('<html lang="ar" dir="rtl">')
  })

  it('every page the flow answered is valid HTML', async () => {
    expect(pages.length).toBeGreaterThan(40)
    const problems: string[] = []
    for (const { name, html } of pages) {
      const report = await validator.validateString(html)
      for (const r of report.results) for (const m of r.messages) problems.push(`${name}: ${m.ruleId} ${m.line}:${m.column} ${m.message}`)
    }
    expect([...new Set(problems)]).toEqual([])
  })
})

import { randomUUID } from 'node:crypto'

import { redirect, type CitizenAnswer } from '../../citizen/citizenAnswer'
import { singleValues } from '../../citizen/formFields'
import { admitPost, type PostContext } from '../../citizen/guards'
import { networkFacts } from '../../citizen/networkFacts'
import { detailsStepPage, reviewStepPage } from '../../../templates/appointments/detailsPages'
import { rateLimitedPage } from '../../../templates/appointments/resultPages'
import { book } from '../bookingStore'
import { readBookingInput, type BookingInput, type BookingValues } from '../bookingInput'
import { offerForRefusal, offerOf, slotRefusal } from './availability'
import { refusedTime, schedulesOfService, stepFor } from './bookingSteps'
import { bookFrame, chosenOffice, serviceView } from './flowFrames'
import { cmsOf, flowPage, notFound, nowOf, readFlowParams, schedulesOf, type FlowEndpoint } from './flowEndpoint'
import { sendInBackground } from './flowMail'
import { checkSlot } from '../slots'
import { referenceSeal } from './referenceSeal'
import { bookedUrl } from './links'
import type { MissionSite } from './missionSites'
import type { FlowFrame, FlowNotice } from './views'

/**
 * POST /citizen/appointments: the details form (answered with the review, or with itself and
 * its errors), "correct my details" on the review, and the confirmation, which books. Through
 * the same guards as the contact form: origin, form encoding, body size, rate limits. Nothing is
 * stored before the confirmation, and nothing at all when any check refuses.
 */
export async function answerBookingPost(endpoint: FlowEndpoint, request: Request): Promise<CitizenAnswer> {
  const { payload, env, limits } = endpoint
  const now = nowOf(endpoint)
  const post = await admitPost(request, await networkFacts(payload), env)
  if (!('params' in post)) return post
  const params = readFlowParams(post.params)
  const limited = limits.check(post, params.mission ?? '-', now.getTime())
  if (!params.mission) return limited ?? notFound()
  const ms = await endpoint.sites(params.mission, params.locale)
  if (!ms) return limited ?? notFound()
  if (limited) return rateLimitedAnswer(endpoint, ms, limited)

  const schedules = await schedulesOf(endpoint, params.mission)
  const rules = params.service ? schedulesOfService(ms, schedules, params.service).find((r) => r.officeId === params.office) : undefined
  // A service or office changed under the form (or forged): back to choosing, nothing kept.
  if (!rules) return stepFor(endpoint, ms, schedules, { ...params, office: params.office ?? '-', day: null, slot: null })
  const cms = cmsOf(endpoint)
  const service = serviceView(ms, params.service)
  const office = chosenOffice(ms, rules.officeId)
  const slot = params.slot ?? ''
  const frame = bookFrame(cms, ms, { rules, service, office, slot })
  const step = singleValues(post.params).values.step

  if (step === 'edit') return flowPage(200, detailsStepPage(frame, { errors: {}, values: postedValues(post) }), ms.site.locale)
  const reading = readBookingInput(post.params)
  if (!reading.ok) return flowPage(400, detailsStepPage(frame, { errors: reading.errors, values: reading.values }), ms.site.locale)
  const input: BookingInput = { ...reading.input, locale: ms.site.locale }
  const values = valuesOf(input)

  // The whole window's availability is read only where it is shown: on the review step, and to
  // word a refusal. The confirmation checks the slot's rules and leaves "full" to the database.
  const timeAgain = async (reason: FlowNotice) =>
    refusedTime(ms, await offerForRefusal(payload, rules, now, slot, params.day), slot, reason, (day) => bookFrame(cms, ms, { rules, service, office, day }), values, params.day)
  // The time form sent back with the details but no time chosen: the same day again.
  if (slot === '') return timeAgain('choose-time')
  const ruled = checkSlot(rules, now, slot)
  if (ruled !== true) return timeAgain(ruled)
  if (step !== 'confirm') {
    const refusal = slotRefusal(await offerOf(payload, rules, now), slot, now)
    if (refusal) return timeAgain(refusal)
  }

  if (step === 'details') return flowPage(200, reviewStepPage(frame, { values, key: randomUUID() }), ms.site.locale)
  if (step !== 'confirm') return flowPage(400, detailsStepPage(frame, { errors: {}, values }), ms.site.locale)

  const booked = await book(payload, rules, slot, input, now)
  if (!booked.ok) return timeAgain(booked.reason)
  if (!booked.duplicate) {
    const { id, written } = booked.booking
    sendInBackground(payload, 'confirmed', id, () => endpoint.mail.confirmed(payload, id, { moved: false, written }))
  }
  return redirect(bookedUrl(cms, ms.site.mission.slug, ms.site.locale, booked.booking.reference, referenceSeal(payload.secret, booked.booking.reference)))
}

/** The details as the form shows them again. */
const valuesOf = (input: BookingInput): BookingValues => ({
  name: input.name, email: input.email, phone: input.phone, documentNumber: input.documentNumber, people: String(input.people),
})

function postedValues(post: PostContext): Partial<BookingValues> {
  const { values } = singleValues(post.params)
  return { name: values.name, email: values.email, phone: values.phone, documentNumber: values.documentNumber, people: values.people }
}

/** A rate-limit refusal as a page in the visitor's language, its Retry-After kept. */
export function rateLimitedAnswer(endpoint: FlowEndpoint, ms: MissionSite, limited: CitizenAnswer, frame: FlowFrame = bookFrame(cmsOf(endpoint), ms)): CitizenAnswer {
  const seconds = Number(limited.headers['retry-after'] ?? '60')
  return flowPage(429, rateLimitedPage(frame, seconds), ms.site.locale, { 'retry-after': String(seconds) })
}

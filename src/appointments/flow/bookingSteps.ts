import type { CitizenAnswer } from '../../citizen/citizenAnswer'
import { dayStepPage, officeStepPage, serviceStepPage, timeStepPage } from '../../../templates/appointments/choosePages'
import { detailsStepPage } from '../../../templates/appointments/detailsPages'
import type { ScheduleRules } from '../types'
import { dayOptions, dayRefusal, dayToOfferAfter, nextDateOf, offerOf, slotRefusal, timeOptions, type Offer } from './availability'
import { bookFrame, chosenOffice, serviceView } from './flowFrames'
import { cmsOf, flowPage, notFound, nowOf, readFlowParams, schedulesOf, type FlowEndpoint, type FlowParams } from './flowEndpoint'
import type { MissionSite } from './missionSites'
import type { BookingValues } from '../bookingInput'
import type { FlowFrame, FlowNotice } from './views'

/**
 * GET /citizen/appointments: every choosing step is this one address, the choices so far in
 * its query. The furthest step the query allows is shown; a choice that cannot be had sends the
 * visitor back one step with the reason, in their language.
 */
export async function answerBookingStep(endpoint: FlowEndpoint, url: URL): Promise<CitizenAnswer> {
  const params = readFlowParams(url.searchParams)
  if (!params.mission) return notFound()
  const ms = await endpoint.sites(params.mission, params.locale)
  if (!ms) return notFound()
  const schedules = await schedulesOf(endpoint, params.mission)
  return stepFor(endpoint, ms, schedules, params)
}

/** The schedules of a service the mission's site shows, each office once. */
export function schedulesOfService(ms: MissionSite, schedules: ScheduleRules[], slug: string): ScheduleRules[] {
  if (!serviceView(ms, slug)) return []
  return schedules.filter((r) => r.serviceSlug === slug && ms.offices.some((o) => o.id === r.officeId))
}

export const statusOf = (notice: FlowNotice): number => (notice === 'full' ? 409 : notice === 'unknown-service' || notice === 'unknown-office' ? 404 : 400)

export async function stepFor(endpoint: FlowEndpoint, ms: MissionSite, schedules: ScheduleRules[], params: FlowParams): Promise<CitizenAnswer> {
  const { payload } = endpoint
  const now = nowOf(endpoint)
  const cms = cmsOf(endpoint)
  const { locale } = ms.site

  const ofService = params.service ? schedulesOfService(ms, schedules, params.service) : []
  if (!params.service || ofService.length === 0) {
    return serviceStep(endpoint, ms, schedules, params.service ? 'unknown-service' : null)
  }
  const service = serviceView(ms, params.service)!
  const rules = ofService.find((r) => r.officeId === params.office)
  if (!rules) {
    const offers = await Promise.all(ofService.map((r) => offerOf(payload, r, now)))
    const offices = offers.flatMap((offer) => {
      const office = chosenOffice(ms, offer.rules.officeId)
      return office ? [{ ...office, nextDate: nextDateOf(offer) }] : []
    })
    const notice = params.office ? 'unknown-office' : null
    const frame = bookFrame(cms, ms, { rules: ofService[0], service })
    return flowPage(notice ? statusOf(notice) : 200, officeStepPage(frame, offices, { notice }), locale)
  }

  const office = chosenOffice(ms, rules.officeId)!
  const offer = await offerOf(payload, rules, now)
  const limits = { bookAheadDays: rules.bookAheadDays, minNoticeHours: rules.minNoticeHours }

  if (params.slot !== null && params.slot !== '') {
    const refusal = slotRefusal(offer, params.slot, now)
    if (!refusal) {
      const frame = bookFrame(cms, ms, { rules, service, office, day: params.day, slot: params.slot })
      return flowPage(200, detailsStepPage(frame), locale)
    }
    return refusedTime(ms, offer, params.slot, refusal, (day) => bookFrame(cms, ms, { rules, service, office, day }))
  }
  if (params.day) {
    const refusal = dayRefusal(offer, params.day, now)
    if (refusal) {
      const frame = bookFrame(cms, ms, { rules, service, office })
      return flowPage(statusOf(refusal), dayStepPage(frame, dayOptions(offer), limits, { notice: refusal }), locale)
    }
    const frame = bookFrame(cms, ms, { rules, service, office, day: params.day })
    const notice = params.step === 'time' ? 'choose-time' : null
    return flowPage(notice ? 400 : 200, timeStepPage(frame, timeOptions(offer, params.day), limits, { notice }), locale)
  }
  const frame = bookFrame(cms, ms, { rules, service, office })
  return flowPage(200, dayStepPage(frame, dayOptions(offer), limits), locale)
}

/** The first step: the services this mission takes appointments for, each with its first free day. */
export async function serviceStep(endpoint: FlowEndpoint, ms: MissionSite, schedules: ScheduleRules[], notice: FlowNotice | null): Promise<CitizenAnswer> {
  const now = nowOf(endpoint)
  const bookable = ms.site.services.filter((s) => schedulesOfService(ms, schedules, s.slug).length > 0)
  const services = await Promise.all(bookable.map(async (s) => {
    const offers = await Promise.all(schedulesOfService(ms, schedules, s.slug).map((r) => offerOf(endpoint.payload, r, now)))
    const dates = offers.map(nextDateOf).filter((d): d is string => d !== null).sort()
    return { slug: s.slug, title: s.title, summary: s.summary, nextDate: dates[0] ?? null }
  }))
  const frame = bookFrame(cmsOf(endpoint), ms)
  return flowPage(notice ? statusOf(notice) : 200, serviceStepPage(frame, services, { notice }), ms.site.locale)
}

/**
 * A time that cannot be had (past, full, not offered...): the free times of that day, or of the
 * next day that has some, with the reason. With `carry`, the details typed so far ride along in
 * the form, so a confirmation that lost its time to someone else loses nothing else.
 */
export function refusedTime(ms: MissionSite, offer: Offer, slot: string, refusal: FlowNotice, frameFor: (day: string | null) => FlowFrame, carry?: BookingValues, shownDay?: string | null): CitizenAnswer {
  const { rules } = offer
  const limits = { bookAheadDays: rules.bookAheadDays, minNoticeHours: rules.minNoticeHours }
  const day = shownDay && timeOptions(offer, shownDay).length > 0 ? shownDay : dayToOfferAfter(offer, slot)
  const status = statusOf(refusal)
  if (!day) return flowPage(status, dayStepPage(frameFor(null), dayOptions(offer), limits, { notice: refusal }), ms.site.locale)
  return flowPage(status, timeStepPage(frameFor(day), timeOptions(offer, day), limits, { notice: refusal, carry }), ms.site.locale)
}

import { redirect, type CitizenAnswer } from '../../citizen/citizenAnswer'
import { singleValues } from '../../citizen/formFields'
import { admitPost } from '../../citizen/guards'
import { networkFacts } from '../../citizen/networkFacts'
import { isLocaleCode, type LocaleCode } from '../../config/locales'
import { dayStepPage, timeStepPage } from '../../../templates/appointments/choosePages'
import { cancelConfirmPage, managePage, moveReviewPage, type ManageLinks } from '../../../templates/appointments/managePages'
import { linkProblemPage } from '../../../templates/appointments/resultPages'
import { cancelByApplicant, findBookingForToken, moveBooking } from '../bookingStore'
import { loadScheduleRules } from '../schedules'
import type { BookingDoc, ScheduleRules, TokenRefusal } from '../types'
import { dayOptions, dayRefusal, offerOf, slotRefusal, timeOptions } from './availability'
import { rateLimitedAnswer } from './bookingPost'
import { refusedTime, statusOf } from './bookingSteps'
import { bookFrame, chosenOffice, manageFrame } from './flowFrames'
import { cmsOf, flowPage, notFound, nowOf, readFlowParams, type FlowEndpoint, type FlowParams } from './flowEndpoint'
import { sendInBackground } from './flowMail'
import { referenceSeal } from './referenceSeal'
import { bookedUrl, cancelledUrl, manageBookingUrl } from './links'
import type { MissionSite } from './missionSites'
import { summaryOf } from './resultSteps'

/**
 * The manage link from the confirmation mail: the appointment, then cancel (asked once more)
 * or move (day, time, confirm). The token is single use: each change gives the booking a new
 * one, so an older link answers 410 and a forged one 404, each in the mission's page shell.
 */

type Opened = { ms: MissionSite; doc: BookingDoc; rules: ScheduleRules | null; token: string }

const idOf = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value))

async function open(endpoint: FlowEndpoint, params: FlowParams): Promise<Opened | CitizenAnswer> {
  const { payload } = endpoint
  if (!params.booking || !params.token) return notFound()
  const found = await findBookingForToken(payload, params.booking, params.token)
  if (!found.ok) return refusedLink(endpoint, params, found.reason)
  const doc = found.booking
  const ms = await siteOfBooking(endpoint, doc, params.locale)
  if (!ms) return notFound()
  return { ms, doc, rules: await loadScheduleRules(payload, idOf(doc.schedule)), token: params.token }
}

async function siteOfBooking(endpoint: FlowEndpoint, doc: Pick<BookingDoc, 'mission' | 'locale'>, locale: LocaleCode | null): Promise<MissionSite | null> {
  const missionId = idOf(doc.mission)
  const mission = [...(await networkFacts(endpoint.payload)).missions.values()].find((m) => m.id === missionId)
  return mission ? endpoint.sites(mission.slug, locale ?? (isLocaleCode(doc.locale) ? doc.locale : null)) : null
}

/** 404 for a link that was never valid, 410 for one that was used; framed by the booking's mission when there is one. */
async function refusedLink(endpoint: FlowEndpoint, params: FlowParams, reason: TokenRefusal): Promise<CitizenAnswer> {
  const status = reason === 'token-used' ? 410 : 404
  const found = await endpoint.payload.find({
    collection: 'bookings', depth: 0, limit: 1, pagination: false, where: { id: { equals: params.booking } }, select: { mission: true, locale: true },
  }).catch(() => null)
  const doc = found?.docs[0] as Pick<BookingDoc, 'mission' | 'locale'> | undefined
  const ms = doc ? await siteOfBooking(endpoint, doc, params.locale) : null
  if (!ms) return { ...notFound(), status }
  return flowPage(status, linkProblemPage(bookFrame(cmsOf(endpoint), ms), reason), ms.site.locale)
}

function linksOf(endpoint: FlowEndpoint, opened: Opened): ManageLinks {
  const cms = cmsOf(endpoint)
  const locale = opened.ms.site.locale
  const at = (extra: Record<string, string>) => manageBookingUrl(cms, opened.doc.id, opened.token, { locale, ...extra })
  return { manage: at({}), cancel: at({ do: 'cancel' }), move: at({ do: 'move' }) }
}

const chosenOf = (opened: Opened) => ({
  rules: opened.rules,
  service: opened.ms.site.services.find((s) => s.id === idOf(opened.doc.service)) ?? null,
  office: chosenOffice(opened.ms, String(opened.doc.office)),
})

/** GET /citizen/appointments/manage?booking=&token=[&do=cancel|move][&day=][&slot=] */
export async function answerManagePage(endpoint: FlowEndpoint, url: URL): Promise<CitizenAnswer> {
  const params = readFlowParams(url.searchParams)
  const opened = await open(endpoint, params)
  if (!('doc' in opened)) return opened
  const { ms, doc, rules } = opened
  const now = nowOf(endpoint)
  const cms = cmsOf(endpoint)
  const booking = { id: doc.id, token: opened.token }
  const summary = summaryOf(ms, doc, true)
  const started = new Date(doc.slotStart).getTime() <= now.getTime()
  const action = url.searchParams.get('do')
  const links = linksOf(endpoint, opened)
  const locale = ms.site.locale

  if (action === 'cancel' && !started) {
    return flowPage(200, cancelConfirmPage(manageFrame(cms, ms, booking, { ...chosenOf(opened), do: 'cancel' }), summary, links), locale)
  }
  if (action === 'move' && !started && rules) {
    const offer = await offerOf(endpoint.payload, rules, now)
    const limits = { bookAheadDays: rules.bookAheadDays, minNoticeHours: rules.minNoticeHours }
    const frameAt = (day: string | null, slot: string | null = null) => manageFrame(cms, ms, booking, { ...chosenOf(opened), do: 'move', day, slot })
    if (params.slot) {
      const refusal = slotRefusal(offer, params.slot, now)
      if (refusal) return refusedTime(ms, offer, params.slot, refusal, (day) => frameAt(day))
      return flowPage(200, moveReviewPage(frameAt(params.day, params.slot), summary), locale)
    }
    if (params.day) {
      const refusal = dayRefusal(offer, params.day, now)
      if (refusal) return flowPage(statusOf(refusal), dayStepPage(frameAt(null), dayOptions(offer), limits, { notice: refusal }), locale)
      const notice = params.step === 'time' ? 'choose-time' : null
      return flowPage(notice ? 400 : 200, timeStepPage(frameAt(params.day), timeOptions(offer, params.day), limits, { notice }), locale)
    }
    return flowPage(200, dayStepPage(frameAt(null), dayOptions(offer), limits), locale)
  }
  const frame = manageFrame(cms, ms, booking, chosenOf(opened))
  return flowPage(200, managePage(frame, summary, links, !started), locale)
}

/** POST /citizen/appointments/manage: action=cancel, or action=move with the new slot. */
export async function answerManagePost(endpoint: FlowEndpoint, request: Request): Promise<CitizenAnswer> {
  const { payload, env, limits } = endpoint
  const now = nowOf(endpoint)
  const post = await admitPost(request, await networkFacts(payload), env)
  if (!('params' in post)) return post
  const params = readFlowParams(post.params)
  const action = singleValues(post.params).values.action
  const opened = await open(endpoint, params)
  if (!('doc' in opened)) {
    // A bad link costs the sender a post too: guessing tokens is rate limited like everything else.
    return limits.check(post, '-', now.getTime()) ?? opened
  }
  const { ms, doc, rules } = opened
  const limited = limits.check(post, ms.site.mission.slug, now.getTime())
  if (limited) return rateLimitedAnswer(endpoint, ms, limited)
  const cms = cmsOf(endpoint)
  const { locale } = ms.site

  if (action === 'cancel') {
    const cancelled = await cancelByApplicant(payload, doc.id, opened.token, now)
    if (!cancelled.ok) return refusedLink(endpoint, params, cancelled.reason)
    sendInBackground(payload, 'cancelled', doc.id, () => endpoint.mail.cancelled(payload, doc.id))
    return redirect(cancelledUrl(cms, ms.site.mission.slug, locale, doc.reference, referenceSeal(payload.secret, doc.reference)))
  }
  if (action === 'move' && rules && params.slot) {
    const moved = await moveBooking(payload, doc.id, opened.token, rules, params.slot, now)
    if (!moved.ok) {
      if (moved.reason === 'token-invalid' || moved.reason === 'token-used') return refusedLink(endpoint, params, moved.reason)
      const offer = await offerOf(payload, rules, now)
      const booking = { id: doc.id, token: opened.token }
      return refusedTime(ms, offer, params.slot, moved.reason, (day) => manageFrame(cms, ms, booking, { ...chosenOf(opened), do: 'move', day }))
    }
    sendInBackground(payload, 'moved', doc.id, () => endpoint.mail.confirmed(payload, doc.id, { moved: true }))
    return redirect(bookedUrl(cms, ms.site.mission.slug, locale, doc.reference, referenceSeal(payload.secret, doc.reference), true))
  }
  return answerManagePage(endpoint, new URL(manageBookingUrl(cms, doc.id, opened.token, { locale })))
}

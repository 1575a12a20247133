import type { Payload } from 'payload'

import { allowedOrigins, requestOrigin } from './allowedOrigins'
import { page, text, type CitizenAnswer } from './citizenAnswer'
import type { CitizenPages } from './citizenPages'
import { isLocaleCode, type LocaleCode } from '../config/locales'
import { FormRateLimits } from './guards'
import { networkFacts } from './networkFacts'
import { postEnquiry } from './postEnquiry'
import { postSurvey } from './postSurvey'
import { citizenRateLimits, type RateLimitEnv } from './rateLimiter'
import { isReference } from './reference'
import { renderCitizenPages } from './renderCitizenPages'
import { isSurveyToken } from './surveyToken'

/** One per server process: the rate limits count across every request it serves. */
type CitizenServer = { enquiryLimits: FormRateLimits; surveyLimits: FormRateLimits; pages: CitizenPages }
const servers = new WeakMap<Payload, CitizenServer>()

function serverFor(payload: Payload): CitizenServer {
  let server = servers.get(payload)
  if (!server) {
    const limits = citizenRateLimits(process.env as RateLimitEnv)
    server = { enquiryLimits: new FormRateLimits(limits), surveyLimits: new FormRateLimits(limits), pages: renderCitizenPages(payload, process.env) }
    servers.set(payload, server)
  }
  return server
}

export const answerEnquiryPost = (payload: Payload, request: Request): Promise<CitizenAnswer> => {
  const server = serverFor(payload)
  return postEnquiry(request, { payload, pages: server.pages, limits: server.enquiryLimits, env: process.env })
}

export const answerSurveyPost = (payload: Payload, request: Request): Promise<CitizenAnswer> => {
  const server = serverFor(payload)
  return postSurvey(request, { payload, pages: server.pages, limits: server.surveyLimits, env: process.env })
}

/** A browser asking whether a site's script may post here (only needed if the script adds headers). */
export async function answerPreflight(payload: Payload, request: Request): Promise<CitizenAnswer> {
  const origin = requestOrigin(request.headers)
  const allowed = origin !== null && allowedOrigins(await networkFacts(payload), process.env).has(origin)
  return {
    status: allowed ? 204 : 403,
    headers: {
      vary: 'Origin',
      ...(allowed ? {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '600',
      } : {}),
    },
    body: '',
  }
}

type PageQuery = { mission: string; locale: LocaleCode }

function pageQuery(url: URL): PageQuery | null {
  const mission = url.searchParams.get('mission') ?? ''
  const locale = url.searchParams.get('locale')
  return /^[a-z0-9-]{1,64}$/.test(mission) && isLocaleCode(locale) ? { mission, locale } : null
}

const notFound = () => text(404, 'Not found.')

/** GET /citizen/enquiries/received?mission=&locale=&ref=: the reference, in the mission's page shell. Echoes only a well-formed reference. */
export async function answerReceivedPage(payload: Payload, url: URL): Promise<CitizenAnswer> {
  const query = pageQuery(url)
  const reference = url.searchParams.get('ref')
  if (!query || !isReference(reference)) return notFound()
  const html = await serverFor(payload).pages.enquiryReceived(query.mission, query.locale, reference)
  return html ? page(200, html, query.locale, { 'x-robots-tag': 'noindex' }) : notFound()
}

/** GET /citizen/survey/thanks?mission=&locale= */
export async function answerSurveyThanks(payload: Payload, url: URL): Promise<CitizenAnswer> {
  const query = pageQuery(url)
  if (!query) return notFound()
  const html = await serverFor(payload).pages.surveyThanks(query.mission, query.locale)
  return html ? page(200, html, query.locale, { 'x-robots-tag': 'noindex' }) : notFound()
}

/** GET /citizen/survey?ref=&token=: the survey a reply links to, in the enquiry's mission and language. */
export async function answerSurveyPage(payload: Payload, url: URL): Promise<CitizenAnswer> {
  const reference = url.searchParams.get('ref')
  const token = url.searchParams.get('token')
  if (!isReference(reference) || !isSurveyToken(payload.secret, reference, token)) return notFound()
  const found = await payload.find({
    collection: 'enquiries', depth: 1, limit: 1, pagination: false,
    where: { reference: { equals: reference } }, select: { mission: true, locale: true },
  })
  const enquiry = found.docs[0]
  const mission = enquiry && typeof enquiry.mission === 'object' ? enquiry.mission.slug : null
  if (!enquiry || !mission) return notFound()
  const locale = isLocaleCode(enquiry.locale) ? enquiry.locale : 'es'
  const html = await serverFor(payload).pages.surveyForm(mission, locale, { reference, token, service: null, errors: {}, values: {} })
  return html ? page(200, html, locale, { 'x-robots-tag': 'noindex' }) : notFound()
}

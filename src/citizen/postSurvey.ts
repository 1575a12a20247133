import type { Payload } from 'payload'

import { fieldErrors, json, page, redirect, text, type CitizenAnswer } from './citizenAnswer'
import type { CitizenPages } from './citizenPages'
import type { FieldErrors } from './formFields'
import { admitPost, type FormRateLimits } from './guards'
import { networkFacts, type MissionFacts } from './networkFacts'
import { citizenPaths, cmsPublicUrl, type PublicUrlEnv } from './publicUrls'
import { isSurveyToken } from './surveyToken'
import type { SurveyInput } from './surveyInput'
import { readSurveyForm } from './surveyInput'

export type SurveyEndpoint = { payload: Payload; pages: CitizenPages; limits: FormRateLimits; env: PublicUrlEnv; now?: () => number }

type Target = { mission: MissionFacts; service: string | null; enquiry: string | null }

/** The enquiry a reply's survey rates (its link's token proves the sender got the reply), or the service page's mission and service. */
async function surveyTarget(payload: Payload, input: Pick<SurveyInput, 'mission' | 'service' | 'reference' | 'token'>): Promise<{ target: Target } | { errors: FieldErrors }> {
  const facts = await networkFacts(payload)
  if (input.reference) {
    if (!isSurveyToken(payload.secret, input.reference, input.token)) return { errors: { ref: 'invalid-link' } }
    const found = await payload.find({
      collection: 'enquiries', depth: 0, limit: 1, pagination: false,
      where: { reference: { equals: input.reference } }, select: { mission: true },
    })
    const enquiry = found.docs[0]
    const mission = enquiry && [...facts.missions.values()].find((m) => m.id === enquiry.mission)
    if (!enquiry || !mission) return { errors: { ref: 'invalid-link' } }
    const answered = await payload.count({ collection: 'survey-responses', where: { enquiry: { equals: enquiry.id } } })
    if (answered.totalDocs > 0) return { errors: { form: 'already-answered' } }
    return { target: { mission, service: null, enquiry: enquiry.id } }
  }
  const mission = facts.missions.get(input.mission)
  if (!mission) return { errors: { mission: 'unknown-choice' } }
  if (!input.service) return { target: { mission, service: null, enquiry: null } }
  const service = facts.services.get(input.service)
  return service ? { target: { mission, service, enquiry: null } } : { errors: { service: 'unknown-choice' } }
}

/** POST /citizen/survey: a service page's survey, or the one a reply links to. */
export async function postSurvey(request: Request, endpoint: SurveyEndpoint): Promise<CitizenAnswer> {
  const { payload, pages, limits, env } = endpoint
  const now = endpoint.now?.() ?? Date.now()
  const facts = await networkFacts(payload)
  const post = await admitPost(request, facts, env)
  if (!('params' in post)) return post

  const reading = readSurveyForm(post.params, now)
  const posted = reading.ok ? reading.input : reading
  const limited = limits.check(post, posted.mission || posted.reference || '-', now)
  if (limited) return limited

  const resolved = await surveyTarget(payload, posted)
  const errors: FieldErrors = { ...(reading.ok ? {} : reading.errors), ...('errors' in resolved ? resolved.errors : {}) }
  const found = 'target' in resolved ? resolved.target : null
  if (!reading.ok || !found || Object.keys(errors).length > 0) {
    if (post.json) return fieldErrors(errors, post.origin)
    const missionSlug = found?.mission.slug ?? (facts.missions.has(posted.mission) ? posted.mission : null)
    const values = reading.ok
      ? { rating: String(reading.input.rating), resolved: reading.input.resolved ? 'yes' : 'no', comment: reading.input.comment }
      : reading.values
    const html = missionSlug
      ? await pages.surveyForm(missionSlug, posted.locale, {
        reference: posted.reference || null, token: posted.token || null, service: posted.service || null, errors, values,
      })
      : null
    return html ? page(400, html, posted.locale) : text(400, `The survey could not be sent: ${Object.entries(errors).map(([f, c]) => `${f} (${c})`).join(', ')}.`)
  }

  const { input } = reading
  try {
    await payload.create({
      collection: 'survey-responses', depth: 0,
      data: {
        mission: found.mission.id, service: found.service, enquiry: found.enquiry,
        rating: input.rating, resolved: input.resolved, comment: input.comment || null, locale: input.locale,
      },
    })
  } catch (error) {
    // Two answers to one reply's survey at once: the unique enquiry keeps the first.
    const path = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.[0]?.path
    if (path !== 'enquiry') throw error
    return post.json ? fieldErrors({ form: 'already-answered' }, post.origin) : text(400, 'This survey has already been answered.')
  }
  if (post.json) return json(201, { ok: true }, post.origin)
  const thanks = new URL(`${cmsPublicUrl(env)}${citizenPaths.surveyThanks}`)
  thanks.searchParams.set('mission', found.mission.slug)
  thanks.searchParams.set('locale', input.locale)
  return redirect(thanks.href)
}

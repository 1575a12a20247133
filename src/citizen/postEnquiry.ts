import type { Payload } from 'payload'

import { fieldErrors, json, page, redirect, text, type CitizenAnswer } from './citizenAnswer'
import { acknowledge } from './mail/acknowledge'
import type { CitizenPages } from './citizenPages'
import { readEnquiryForm } from './enquiryInput'
import { admitPost, type FormRateLimits } from './guards'
import { networkFacts } from './networkFacts'
import { citizenPaths, cmsPublicUrl, type PublicUrlEnv } from './publicUrls'
import { storeEnquiry } from './storeEnquiry'

export type EnquiryEndpoint = { payload: Payload; pages: CitizenPages; limits: FormRateLimits; env: PublicUrlEnv; now?: () => number }

/**
 * POST /citizen/enquiries: the contact form of every mission site. Without JavaScript it
 * answers with a redirect to the "received" page, or the form again with its errors; the
 * script asks for JSON and shows the same in place.
 */
export async function postEnquiry(request: Request, endpoint: EnquiryEndpoint): Promise<CitizenAnswer> {
  const { payload, pages, limits, env } = endpoint
  const now = endpoint.now?.() ?? Date.now()
  const facts = await networkFacts(payload)
  const post = await admitPost(request, facts, env)
  if (!('params' in post)) return post

  const reading = readEnquiryForm(post.params, new Set(facts.topics.keys()), now)
  const missionSlug = reading.ok ? reading.input.mission : reading.mission
  const limited = limits.check(post, missionSlug || '-', now)
  if (limited) return limited

  const mission = facts.missions.get(missionSlug)
  if (!reading.ok || !mission) {
    const errors = reading.ok ? { mission: 'unknown-choice' as const } : reading.errors
    if (!mission && !errors.mission) errors.mission = 'unknown-choice'
    if (post.json) return fieldErrors(errors, post.origin)
    const locale = reading.ok ? reading.input.locale : reading.locale
    const values = reading.ok ? { ...reading.input, consent: 'yes' } : reading.values
    const html = mission ? await pages.enquiryForm(mission.slug, locale, { errors, values }) : null
    // Without a mission to frame the page, the plain list of problems is the clearest answer.
    return html ? page(400, html, locale) : text(400, `The form could not be sent: ${Object.entries(errors).map(([f, c]) => `${f} (${c})`).join(', ')}.`)
  }

  const topicId = facts.topics.get(reading.input.topic)!
  const stored = await storeEnquiry(payload, mission, topicId, reading.input, new Date(now))
  if (!stored.duplicate) {
    const { locale, name, email } = reading.input
    acknowledge(payload, mission, facts.replyWithinWorkingDays, { id: stored.id, reference: stored.reference, locale, name, email })
  }
  if (post.json) return json(stored.duplicate ? 200 : 201, { ok: true, reference: stored.reference, duplicate: stored.duplicate }, post.origin)
  const received = new URL(`${cmsPublicUrl(env)}${citizenPaths.received}`)
  received.searchParams.set('mission', mission.slug)
  received.searchParams.set('locale', reading.input.locale)
  received.searchParams.set('ref', stored.reference)
  return redirect(received.href)
}

import type { Payload } from 'payload'

import { page, text, type CitizenAnswer } from '../../citizen/citizenAnswer'
import type { FormRateLimits } from '../../citizen/guards'
import { cmsPublicUrl, type PublicUrlEnv } from '../../citizen/publicUrls'
import { isLocaleCode, type LocaleCode } from '../../config/locales'
import type { FlowMail } from './flowMail'
import type { MissionSites } from './missionSites'
import { loadSchedules } from '../schedules'
import type { ScheduleRules } from '../types'
import type { MissionSchedules } from './scheduleCache'

/** What every answer of the flow is given: one per server process (appointmentServer.ts), or a test's own. */
export type FlowEndpoint = {
  payload: Payload
  sites: MissionSites
  limits: FormRateLimits
  env: PublicUrlEnv
  mail: FlowMail
  now?: () => number
  /** The mission's bookable schedules; read afresh each time when not given (a server keeps them a few seconds: scheduleCache.ts). */
  schedules?: MissionSchedules
}

export const schedulesOf = (endpoint: FlowEndpoint, mission: string): Promise<ScheduleRules[]> =>
  endpoint.schedules?.(mission) ?? loadSchedules(endpoint.payload, { mission })

export const nowOf = (endpoint: FlowEndpoint): Date => new Date(endpoint.now?.() ?? Date.now())
export const cmsOf = (endpoint: FlowEndpoint): string => cmsPublicUrl(endpoint.env)

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The flow's parameters, from a query or a posted form, each checked for its shape only (what
 * exists is for the steps to decide). A malformed value is treated as not given, so a mangled
 * link lands on the step before it rather than on an error.
 */
export type FlowParams = {
  mission: string | null
  locale: LocaleCode | null
  service: string | null
  office: string | null
  day: string | null
  slot: string | null
  booking: string | null
  token: string | null
  /** Which step's form was sent ("time" without a slot: the visitor chose no time). */
  step: string | null
}

const shaped = (value: string | null, pattern: RegExp): string | null => (value !== null && pattern.test(value) ? value : null)

export function readFlowParams(params: URLSearchParams): FlowParams {
  const get = (name: string) => params.get(name)
  const slot = get('slot')
  const token = get('token')
  return {
    mission: shaped(get('mission'), SLUG),
    locale: isLocaleCode(get('locale')) ? (get('locale') as LocaleCode) : null,
    service: shaped(get('service'), SLUG),
    office: shaped(get('office'), ROW_ID),
    day: shaped(get('day'), DAY),
    slot: slot !== null && slot.length <= 40 ? slot : null,
    booking: shaped(get('booking'), ROW_ID),
    token: token !== null && token.length <= 200 ? token : null,
    step: shaped(get('step'), /^[a-z]{1,16}$/),
  }
}

const NOINDEX = { 'x-robots-tag': 'noindex' }

/** A page of the flow: never cached, never indexed. */
export const flowPage = (status: number, html: string, locale: LocaleCode, extra: Record<string, string> = {}): CitizenAnswer =>
  page(status, html, locale, { ...NOINDEX, ...extra })

/** No mission to frame a page with: the plain answer, in every language the network writes. */
export const notFound = (): CitizenAnswer =>
  text(404, 'No se encontró. · Not found. · Introuvable. · 未找到。 · غير موجود.')

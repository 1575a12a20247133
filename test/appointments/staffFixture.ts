import { handleEndpoints, type Payload } from 'payload'

import { book } from '../../src/appointments/bookingStore'
import { availability } from '../../src/appointments/slots'
import type { ScheduleRules } from '../../src/appointments/types'
import type { TestPayload } from '../support/testPayload'
import { applicant, buildStoreFixture } from './storeFixture'

export const PASSWORD = 'correct horse battery staple'

/**
 * Madrid and Cairo, each with a passport schedule (two places a slot), the ministry's
 * administrator and each mission's editor, signed in.
 */
export async function buildStaffFixture(payload: Payload) {
  const madrid = await buildStoreFixture(payload, { places: 2, slug: 'madrid' })
  const cairo = await buildStoreFixture(payload, { places: 2, slug: 'cairo' })
  const user = async (email: string, role: string, missions: string[] = []) => {
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email, role, missions } as never })
    const { token, user: doc } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    return { email, token: token!, user: { ...doc, collection: 'users' as const } }
  }
  return {
    madrid,
    cairo,
    admin: await user('admin@example.org', 'ministry-admin'),
    madridEditor: await user('madrid@example.org', 'mission-editor', [String(madrid.mission.id)]),
    cairoEditor: await user('cairo@example.org', 'mission-editor', [String(cairo.mission.id)]),
  }
}

let counter = 0

/**
 * A booking made through the store as if at `bookedAt` (so a slot now past could still be
 * booked then), for the `index`-th free slot of the first bookable day that has that many.
 */
export async function bookAt(payload: Payload, rules: ScheduleRules, bookedAt: Date, index = 0, slot?: string) {
  const start = slot ?? availability(rules, bookedAt, new Map()).find((day) => day.slots.length > index)!.slots[index]!.start
  counter += 1
  const result = await book(payload, rules, start, applicant({ name: `Applicant ${counter}`, email: `applicant${counter}@example.org`, key: `k-${counter}` }), bookedAt)
  if (!result.ok) throw new Error(`the fixture booking was refused: ${result.reason}`)
  return result.booking
}

/**
 * Midnight UTC ten days back: a day whose bookable window opens the next morning, so the first
 * bookable day has all its slots whatever the hour the tests run at.
 */
export function tenDaysAgoAtMidnight(now = Date.now()): Date {
  const day = 86_400_000
  return new Date(Math.floor(now / day) * day - 10 * day)
}

export const ADMIN_ORIGIN = 'http://localhost:3000'

/** A request through Payload's REST router, as Next's /api route hands it over: authentication from the cookie included. */
export function callApi(t: TestPayload, path: string, init: { method?: string; token?: string; headers?: Record<string, string>; form?: Record<string, string>; json?: unknown } = {}) {
  const headers: Record<string, string> = { origin: ADMIN_ORIGIN, ...init.headers }
  if (init.token) headers.cookie = `payload-token=${init.token}`
  let body: string | undefined
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(init.form).toString()
  } else if (init.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(init.json)
  }
  const request = new Request(`${ADMIN_ORIGIN}${path}`, { method: init.method ?? 'POST', headers, body })
  return handleEndpoints({ config: t.payload.config, request, payloadInstanceCacheKey: t.dataDir })
}

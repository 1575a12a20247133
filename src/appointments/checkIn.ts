/**
 * POST /api/bookings/:id/check-in (`status=attended|no-show`): the buttons of the admin's day
 * list (/admin/appointments). A plain form post, so checking people in works without the
 * admin's JavaScript; the answer sends the browser back to the list it came from, or JSON
 * when asked for it.
 *
 * The booking is read through the signed-in user's access rules, so another mission's editor
 * learns nothing, not even that it exists (404). The Bookings hook (changeStatusByStaff)
 * refuses a slot that has not started and appends the history line; the checks here only turn
 * its refusals into words the list can show.
 */
import { ValidationError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { isMinistryUser, isMissionEditor } from '../access/roles'
import { requestOrigin } from '../citizen/allowedOrigins'
import { cmsPublicUrl } from '../citizen/publicUrls'

export const CHECK_IN_STATUSES = ['attended', 'no-show'] as const
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number]

/** What a check-in came to: the list shows one sentence for each. */
export type CheckInOutcome = CheckInStatus | 'unchanged' | 'not-started' | 'cancelled' | 'refused'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

const isCheckInStatus = (value: unknown): value is CheckInStatus => (CHECK_IN_STATUSES as readonly unknown[]).includes(value)

export const checkInHandler: PayloadHandler = async (req) => {
  const json = wantsJson(req)
  if (!req.user) return problem(401, 'Sign in to record attendance.')
  if (!isMinistryUser(req.user) && !isMissionEditor(req.user)) return problem(403, 'Your role does not include appointments.')
  // The session cookie rides along with any form on the web; only the admin's own pages may use it here.
  if (!fromOwnPages(req)) return problem(403, 'Check-in is accepted from the admin’s own pages only.')

  const form = await readForm(req)
  const status = form.get('status')
  if (!isCheckInStatus(status)) return problem(400, 'status: must be "attended" or "no-show".')
  const id = String(req.routeParams?.id ?? '')
  const found = await req.payload.find({
    collection: 'bookings', where: { id: { equals: id } }, limit: 1, depth: 0, pagination: false,
    overrideAccess: false, user: req.user, select: { status: true, slotStart: true, reference: true },
  })
  const booking = found.docs[0] as { id: string; status: string; slotStart: string; reference: string } | undefined
  if (!booking) return problem(404, 'No such booking among yours.')

  const back = (outcome: CheckInOutcome, httpStatus = 200) =>
    json
      ? Response.json({ ok: outcome === status || outcome === 'unchanged', outcome, reference: booking.reference }, { status: httpStatus, headers: PRIVATE })
      : new Response(null, { status: 303, headers: { ...PRIVATE, Location: returnPath(req, form.get('return'), booking.id, outcome) } })

  if (booking.status === 'cancelled') return back('cancelled', 409)
  if (Date.parse(booking.slotStart) > Date.now()) return back('not-started', 409)
  if (booking.status === status) return back('unchanged')
  try {
    await req.payload.update({ collection: 'bookings', id: booking.id, data: { status }, req, overrideAccess: false, user: req.user, depth: 0 })
  } catch (error) {
    // The hook's own refusals (a race with a cancellation, a clock at the boundary); anything else is a fault.
    if (error instanceof ValidationError) return back('refused', 409)
    throw error
  }
  return back(status)
}

export const checkInEndpoint: Endpoint = { path: '/:id/check-in', method: 'post', handler: checkInHandler }

/** The admin's appointments view: where a check-in without JavaScript returns to. */
export const appointmentsAdminPath = (req: PayloadRequest) => `${req.payload.config.routes.admin.replace(/\/$/, '')}/appointments`

/**
 * Back to the list the form was on (its mission, office and date kept), with the outcome.
 * Only a path under the appointments view is followed: never another site, never another page.
 */
export function returnPath(req: PayloadRequest, requested: string | null, bookingId: string, outcome: CheckInOutcome): string {
  const base = appointmentsAdminPath(req)
  const safe = typeof requested === 'string' && (requested === base || requested.startsWith(`${base}?`)) && !/[\\\r\n]/.test(requested)
  const url = new URL(safe ? requested : base, 'http://admin.invalid')
  url.searchParams.set('checkin', outcome)
  url.searchParams.set('booking', bookingId)
  url.hash = `booking-${bookingId}`
  return `${url.pathname}${url.search}${url.hash}`
}

function fromOwnPages(req: PayloadRequest): boolean {
  const headers = req.headers
  const origin = requestOrigin(headers)
  // A same-origin post names the host the browser asked for (the scheme may differ behind a proxy that ends TLS).
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (origin !== null) return (host !== null && new URL(origin).host === host) || ownOrigins(req).has(origin)
  // No Origin or Referer (or an opaque one): trust only what the browser says about the source.
  const site = headers.get('sec-fetch-site')
  if (headers.get('origin') === 'null') return false
  return site === null || site === 'same-origin' || site === 'none'
}

function ownOrigins(req: PayloadRequest): Set<string> {
  const origins = new Set<string>()
  for (const url of [req.url, req.payload.config.serverURL, configuredCmsUrl()]) {
    if (url && URL.canParse(url)) origins.add(new URL(url).origin)
  }
  for (const allowed of req.payload.config.csrf ?? []) origins.add(allowed)
  return origins
}

/** Behind a proxy the request's own URL is the inner one; the browser's Origin is the public address. */
function configuredCmsUrl(): string | null {
  try {
    return cmsPublicUrl(process.env)
  } catch {
    return null
  }
}

async function readForm(req: PayloadRequest): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? ''
  const text = (await req.text?.()) ?? ''
  if (type.includes('application/json')) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>
      return new URLSearchParams(Object.entries(data).filter(([, v]) => typeof v === 'string') as [string, string][])
    } catch {
      return new URLSearchParams()
    }
  }
  return new URLSearchParams(text)
}

function wantsJson(req: PayloadRequest): boolean {
  return (req.headers.get('accept') ?? '').includes('application/json') || (req.headers.get('content-type') ?? '').includes('application/json')
}

const problem = (status: 400 | 401 | 403 | 404, message: string) => Response.json({ errors: [{ message }] }, { status, headers: PRIVATE })

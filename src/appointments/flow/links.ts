/**
 * Addresses of the public booking flow the CMS serves. Pure, so the generated sites (built
 * elsewhere, with the CMS's public address in their build settings) and the mail can link to it
 * without loading anything.
 */
export const appointmentPaths = {
  entry: '/citizen/appointments',
  booked: '/citizen/appointments/booked',
  cancelled: '/citizen/appointments/cancelled',
  manage: '/citizen/appointments/manage',
} as const

type Params = Record<string, string | null | undefined>

function address(cmsUrl: string, path: string, params: Params): string {
  const url = new URL(`${cmsUrl.replace(/\/+$/, '')}${path}`)
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value)
  return url.href
}

/** Where a visitor starts booking at a mission; with a service, its first step is skipped. */
export function bookingEntryUrl(cmsUrl: string, mission: string, locale: string, service?: string): string {
  return address(cmsUrl, appointmentPaths.entry, { mission, locale, service })
}

/** A step of the flow: the choices so far travel in the query, so every step is a plain link. */
export function bookingStepUrl(cmsUrl: string, mission: string, locale: string, choice: Params): string {
  return address(cmsUrl, appointmentPaths.entry, { mission, locale, service: choice.service, office: choice.office, day: choice.day, slot: choice.slot })
}

/** The page after booking (or moving) an appointment; `seal` is referenceSeal's, without which it is not shown. */
export function bookedUrl(cmsUrl: string, mission: string, locale: string, reference: string, seal: string, moved = false): string {
  return address(cmsUrl, appointmentPaths.booked, { mission, locale, ref: reference, seal, moved: moved ? '1' : null })
}

export function cancelledUrl(cmsUrl: string, mission: string, locale: string, reference: string, seal: string): string {
  return address(cmsUrl, appointmentPaths.cancelled, { mission, locale, ref: reference, seal })
}

/** The link in the confirmation mail that lets the applicant cancel or move, without an account. */
export function manageBookingUrl(cmsUrl: string, bookingId: string, token: string, extra: Params = {}): string {
  return address(cmsUrl, appointmentPaths.manage, { booking: bookingId, token, ...extra })
}

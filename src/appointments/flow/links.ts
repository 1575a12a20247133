/**
 * Addresses of the public booking flow the CMS serves. Pure, so the generated sites (built
 * elsewhere, with the CMS's public address in their build settings) and the mail can link to it
 * without loading anything.
 */
export const appointmentPaths = {
  entry: '/citizen/appointments',
  booked: '/citizen/appointments/booked',
  manage: '/citizen/appointments/manage',
} as const

/** Where a visitor starts booking at a mission; with a service, its first step is skipped. */
export function bookingEntryUrl(cmsUrl: string, mission: string, locale: string, service?: string): string {
  const url = new URL(`${cmsUrl.replace(/\/+$/, '')}${appointmentPaths.entry}`)
  url.searchParams.set('mission', mission)
  url.searchParams.set('locale', locale)
  if (service) url.searchParams.set('service', service)
  return url.href
}

/** The link in the confirmation mail that lets the applicant cancel or move, without an account. */
export function manageBookingUrl(cmsUrl: string, bookingId: string, token: string): string {
  const url = new URL(`${cmsUrl.replace(/\/+$/, '')}${appointmentPaths.manage}`)
  url.searchParams.set('booking', bookingId)
  url.searchParams.set('token', token)
  return url.href
}

import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The booked and cancelled pages show when and where an appointment is. References count up
 * and can be guessed, so the address also carries this seal of the reference, which only the
 * server can make: whoever was redirected there (or holds the manage link) can reload the page,
 * nobody can walk the references to learn other people's appointments.
 */
export function referenceSeal(secret: string, reference: string): string {
  return createHmac('sha256', secret).update(`booking-page:${reference}`).digest('base64url').slice(0, 22)
}

export function isReferenceSeal(secret: string, reference: string, seal: string | null): boolean {
  if (!seal || seal.length !== 22) return false
  return timingSafeEqual(Buffer.from(referenceSeal(secret, reference)), Buffer.from(seal))
}

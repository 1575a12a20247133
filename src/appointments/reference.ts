import { missionCode } from '../citizen/reference'

/**
 * Booking references, unique in the network: the mission's three-letter code, the year and a
 * number with an "A" (appointment) so it is never confused with an enquiry's (MAD-2027-A000042).
 * Stored as `sequence` = year × 1,000,000 + number, so the next number is one indexed lookup.
 */
export const BOOKING_SEQUENCE_PER_YEAR = 1_000_000

export function formatBookingReference(missionSlug: string, sequence: number): string {
  const year = Math.floor(sequence / BOOKING_SEQUENCE_PER_YEAR)
  const number = sequence % BOOKING_SEQUENCE_PER_YEAR
  return `${missionCode(missionSlug)}-${year}-A${String(number).padStart(6, '0')}`
}

export const BOOKING_REFERENCE_PATTERN = /^[A-Z]{3}-\d{4}-A\d{6}$/

export const isBookingReference = (value: unknown): value is string =>
  typeof value === 'string' && BOOKING_REFERENCE_PATTERN.test(value)

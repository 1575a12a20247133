/**
 * Human-readable enquiry references, unique in the network: the mission's three-letter code,
 * the year, and a number that runs through the whole network in that year (MAD-2026-000123).
 * Stored with `sequence` = year × 1,000,000 + number, so the next number is one indexed lookup.
 */
export const SEQUENCE_PER_YEAR = 1_000_000

export function missionCode(slug: string): string {
  const letters = slug.toUpperCase().replace(/[^A-Z]/g, '')
  return (letters + 'XXX').slice(0, 3)
}

export function formatReference(slug: string, sequence: number): string {
  const year = Math.floor(sequence / SEQUENCE_PER_YEAR)
  const number = sequence % SEQUENCE_PER_YEAR
  return `${missionCode(slug)}-${year}-${String(number).padStart(6, '0')}`
}

export const REFERENCE_PATTERN = /^[A-Z]{3}-\d{4}-\d{6}$/

export const isReference = (value: unknown): value is string => typeof value === 'string' && REFERENCE_PATTERN.test(value)

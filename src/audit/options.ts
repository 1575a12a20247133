import { AuditRequestError } from './scope'

/** The longest window accepted: ten years of releases is already more than any screen shows. */
export const MAX_WINDOW_DAYS = 3650

/** A window in days from user input (CLI flag or query parameter); `name` is how the user wrote it. */
export function parseWindowDays(value: string | null | undefined, name: string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const days = Number(value)
  if (!/^\d+$/.test(value) || !Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw new AuditRequestError(400, `${name}: must be a whole number of days from 1 to ${MAX_WINDOW_DAYS}, got "${value}"`)
  }
  return days
}

/** A point in time from user input: an ISO 8601 date (midnight UTC) or date and time. */
export function parseInstant(value: string, name: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new AuditRequestError(400, `${name}: must be an ISO 8601 date such as 2026-11-25 or 2026-11-25T12:00:00Z, got "${value}"`)
  }
  return date
}

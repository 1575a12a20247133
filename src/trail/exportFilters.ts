import type { Where } from 'payload'

/** A filter the caller got wrong: answered with 400, naming the parameter. */
export class TrailExportError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly status = 400,
  ) {
    super(`${parameter}: ${message}`)
  }
}

export type TrailFilters = {
  /** An account's e-mail (any letter case) or its id. */
  user?: string
  /** A mission's id or slug; resolved to its id by the endpoint. */
  mission?: string
  collection?: string
  /** From this instant on. */
  from?: Date
  /** Up to this instant; `inclusive` false for a whole day given as a date (up to the next midnight, UTC). */
  to?: { at: Date; inclusive: boolean }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
const DAY_MS = 24 * 60 * 60 * 1000

function parseInstant(parameter: string, raw: string): { at: Date; dateOnly: boolean } {
  const dateOnly = DATE_ONLY.test(raw)
  const at = new Date(dateOnly ? `${raw}T00:00:00.000Z` : raw)
  const valid = (dateOnly || DATE_TIME.test(raw)) && !Number.isNaN(at.getTime())
  // A day that does not exist (2026-02-30) rolls over in Date: refused, not moved.
  if (!valid || (dateOnly && at.toISOString().slice(0, 10) !== raw)) {
    throw new TrailExportError(parameter, `${JSON.stringify(raw.slice(0, 40))} is not a date (YYYY-MM-DD, in UTC) or a time with its offset (2026-03-01T09:30:00Z)`)
  }
  return { at, dateOnly }
}

/** The export's query string, checked: each value once, dates real, the collection one the trail records. */
export function parseTrailFilters(params: URLSearchParams, subjects: readonly string[]): TrailFilters {
  const one = (name: string): string | undefined => {
    const values = params.getAll(name).map((v) => v.trim()).filter(Boolean)
    if (values.length > 1) throw new TrailExportError(name, 'give it once')
    const value = values[0]
    if (value && value.length > 254) throw new TrailExportError(name, 'is too long')
    return value
  }
  const filters: TrailFilters = {}
  const user = one('user')
  if (user) filters.user = user
  const mission = one('mission')
  if (mission) filters.mission = mission
  const collection = one('collection')
  if (collection) {
    if (!subjects.includes(collection)) throw new TrailExportError('collection', `${JSON.stringify(collection.slice(0, 40))} is not something the trail records; one of ${subjects.join(', ')}`)
    filters.collection = collection
  }
  const from = one('from')
  if (from) filters.from = parseInstant('from', from).at
  const to = one('to')
  if (to) {
    const parsed = parseInstant('to', to)
    filters.to = parsed.dateOnly ? { at: new Date(parsed.at.getTime() + DAY_MS), inclusive: false } : { at: parsed.at, inclusive: true }
  }
  if (filters.from && filters.to && filters.from.getTime() >= filters.to.at.getTime()) {
    throw new TrailExportError('to', 'is before from')
  }
  return filters
}

/**
 * The filters as a query, bounded above by `until` (when the export began): entries appended
 * while it runs are left out, so the pages it reads one after another never shift.
 */
export function trailWhere(filters: TrailFilters & { missionId?: string }, until: Date): Where {
  const and: Where[] = [{ at: { less_than_equal: until.toISOString() } }]
  if (filters.user) {
    and.push(filters.user.includes('@') ? { userEmail: { equals: filters.user.toLowerCase() } } : { userId: { equals: filters.user } })
  }
  if (filters.missionId) and.push({ missions: { in: [filters.missionId] } })
  if (filters.collection) and.push({ collection: { equals: filters.collection } })
  if (filters.from) and.push({ at: { greater_than_equal: filters.from.toISOString() } })
  if (filters.to) and.push({ at: { [filters.to.inclusive ? 'less_than_equal' : 'less_than']: filters.to.at.toISOString() } })
  return { and }
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export function checkTime(value: unknown): true | string {
  if (typeof value !== 'string' || !TIME.test(value)) return 'must be a 24-hour time such as "09:00" or "17:30"'
  return true
}

export type OpeningPeriod = { days?: string[] | null; opens?: string | null; closes?: string | null }

/** A period opens before it closes, names at least one day, and does not overlap another period on the same day. */
export function checkOpeningHours(periods: OpeningPeriod[] | null | undefined): true | string {
  if (!periods) return true
  const byDay = new Map<string, { opens: string; closes: string; row: number }[]>()
  for (const [index, period] of periods.entries()) {
    const row = index + 1
    if (!period.days || period.days.length === 0) return `row ${row}: choose at least one day`
    const opens = checkTime(period.opens)
    if (opens !== true) return `row ${row}: opening time ${opens}`
    const closes = checkTime(period.closes)
    if (closes !== true) return `row ${row}: closing time ${closes}`
    if (period.opens! >= period.closes!) {
      return `row ${row}: opens at ${period.opens} but closes at ${period.closes}; the closing time must be later`
    }
    for (const day of period.days) {
      const taken = byDay.get(day) ?? []
      const clash = taken.find((t) => period.opens! < t.closes && t.opens < period.closes!)
      if (clash) return `row ${row} overlaps row ${clash.row} on ${day}`
      taken.push({ opens: period.opens!, closes: period.closes!, row })
      byDay.set(day, taken)
    }
  }
  return true
}

/**
 * Feed dates from the ISO 8601 strings of the view models. Invalid dates throw: a feed with
 * "Invalid Date" in it would be silently misordered by every reader.
 */

function parseDate(iso: string): Date {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`)
  return date
}

/** RFC 822 (as updated by RFC 1123) in English and GMT, as RSS 2.0 requires. */
export function toRfc822(iso: string): string {
  return parseDate(iso).toUTCString()
}

/** RFC 3339 in UTC, whole seconds written without a fraction. */
export function toRfc3339(iso: string): string {
  return parseDate(iso).toISOString().replace(/\.000Z$/, 'Z')
}

/** The latest of the given ISO dates, or null when there are none. */
export function latestDate(isoDates: string[]): string | null {
  let latest: Date | null = null
  for (const iso of isoDates) {
    const date = parseDate(iso)
    if (!latest || date > latest) latest = date
  }
  return latest ? latest.toISOString() : null
}

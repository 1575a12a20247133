/**
 * Conditional GET (RFC 9110 §13): whether a client's cached copy is still current, so the
 * answer can be a body-less 304. Aggregators poll hundreds of feeds this way.
 */
export type Validators = { etag: string; lastModified: Date }

type RequestHeaders = { get(name: string): string | null }

/**
 * For a resource with several current representations (one per content coding), `etags`
 * being those this request may be sent, its preferred one first: the ETag a 304 must carry,
 * that of the representation the client showed it holds (§15.4.5: caches pick the stored
 * answer to refresh by it), or null when the full answer is due.
 */
export function heldEtag(method: string, headers: RequestHeaders, etags: string[], lastModified: Date): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null
  const ifNoneMatch = headers.get('if-none-match')
  // §13.2.2: when If-None-Match is present, If-Modified-Since is not consulted at all.
  if (ifNoneMatch !== null) return etags.find((etag) => matchesAny(ifNoneMatch, etag)) ?? null
  const ifModifiedSince = headers.get('if-modified-since')
  if (ifModifiedSince === null) return null
  const since = parseHttpDate(ifModifiedSince)
  // An unparseable date is ignored (§13.1.3), which means: send the full response.
  if (since === null) return null
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000) ? etags[0] : null
}

/**
 * If-None-Match uses the weak comparison (§8.8.3.2): `W/"x"` matches `"x"`. The list is
 * parsed tag by tag, since a quoted tag may itself contain a comma.
 */
export function matchesAny(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true
  const wanted = opaqueTag(etag)
  for (const [, tag] of ifNoneMatch.matchAll(/\s*(?:W\/)?("[^"]*")\s*(?:,|$)/g)) {
    if (tag === wanted) return true
  }
  return false
}

function opaqueTag(etag: string): string {
  return etag.startsWith('W/') ? etag.slice(2) : etag
}

/** IMF-fixdate or the obsolete RFC 850 form, both in GMT; anything else is not a date here. */
function parseHttpDate(value: string): number | null {
  const trimmed = value.trim()
  if (!/ GMT$/.test(trimmed)) return null
  const time = Date.parse(trimmed)
  return Number.isNaN(time) ? null : time
}

/** The HTTP date of a file's modification time (whole seconds, as HTTP dates carry). */
export function httpDate(date: Date): string {
  return date.toUTCString()
}

/**
 * Content codings of a served file (RFC 9110 §8.4). Each coding is its own representation
 * with its own bytes, so each gets its own strong ETag: a client or cache holding the gzip
 * bytes must never validate them with the identity bytes' tag, nor the reverse.
 *
 * The gzip itself is not applied here: Next drops a route's Content-Encoding (and
 * Content-Length) header (next/dist/server/send-response.js), and its own compression
 * middleware (next/dist/compiled/compression, run by router-server for every answer) gzips
 * the body after the route has answered, leaving the route's ETag as it was. So the route
 * labels an answer with the gzip tag exactly when that middleware will gzip it, and marks
 * every other answer `no-transform`, which the middleware honours, so nothing else is
 * compressed under the identity tag. test/server/sitesRoute.test.ts checks the pairing over
 * real HTTP for the Accept-Encoding forms that matter.
 */
export type Coding = 'gzip' | 'identity'

// Below this, gzip's header and checksum eat most of what it saves.
export const MIN_COMPRESSED_SIZE = 1024

/** Text, markup, JSON and feeds (all compressible for the middleware too); images and fonts come compressed. */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase()
  return type.startsWith('text/') || /^application\/(?:.+\+)?(?:xml|json)$/.test(type) || type === 'image/svg+xml'
}

/**
 * The codings a file's answer to this request may be in: the one it is sent in first, then
 * any other the client accepts and may hold a copy in (a 304 may validate that copy).
 */
export function codingsFor(request: { method: string; acceptEncoding: string | null }, file: { contentType: string; size: number }): Coding[] {
  const gzipFits = isCompressible(file.contentType) && file.size >= MIN_COMPRESSED_SIZE
  const accepted = request.acceptEncoding === null ? [] : preferredEncodings(request.acceptEncoding, ['gzip'])
  if (!gzipFits || accepted.length === 0) return ['identity']
  // The middleware never compresses HEAD, so a HEAD answer describes the identity bytes.
  return request.method === 'GET' && middlewareCoding(request.acceptEncoding) === 'gzip' ? ['gzip', 'identity'] : ['identity', 'gzip']
}

/** The ETag of a coding's bytes, derived from the identity bytes' tag: `"abc"` → `"abc-gzip"`. */
export function etagForCoding(etag: string, coding: Coding): string {
  if (coding === 'identity') return etag
  const weak = etag.startsWith('W/') ? 'W/' : ''
  return `${weak}"${etag.slice(weak.length).replace(/^"|"$/g, '')}-${coding}"`
}

/** What the compression middleware picks for a GET (null: it leaves the body as it is). */
export function middlewareCoding(acceptEncoding: string | null): 'gzip' | 'deflate' | null {
  const header = acceptEncoding ?? ''
  let coding = preferredEncodings(header, ['gzip', 'deflate', 'identity'])[0]
  // The middleware's own rule: it prefers gzip to deflate whenever gzip is acceptable at all.
  if (coding === 'deflate' && preferredEncodings(header, ['gzip']).length) coding = preferredEncodings(header, ['gzip', 'identity'])[0]
  return coding === 'gzip' || coding === 'deflate' ? coding : null
}

/*
 * The negotiation the middleware runs (negotiator's encoding.js, as compiled into Next),
 * quirks included: identity, unless named or covered by "*", ranks at the lowest listed q;
 * ties go to the client's order, then to the order offered. RFC 9110 would differ in corner
 * cases, but the tag must name what the middleware actually sends.
 */
type Spec = { encoding: string; q: number; i: number }
type Priority = { i: number; o: number; q: number; s: number }

function parseAcceptEncoding(header: string): Spec[] {
  const parts = header.split(',')
  const specs: Spec[] = []
  let hasIdentity = false
  let minQuality = 1
  parts.forEach((part, i) => {
    const spec = parseEncoding(part.trim(), i)
    if (!spec) return
    specs.push(spec)
    hasIdentity ||= specify('identity', spec, 0) !== null
    minQuality = Math.min(minQuality, spec.q || 1)
  })
  if (!hasIdentity) specs.push({ encoding: 'identity', q: minQuality, i: parts.length })
  return specs
}

function parseEncoding(text: string, i: number): Spec | null {
  const match = /^\s*([^\s;]+)\s*(?:;(.*))?$/.exec(text)
  if (!match) return null
  let q = 1
  for (const param of match[2]?.split(';') ?? []) {
    const [name, value] = param.trim().split('=')
    if (name === 'q') {
      q = parseFloat(value)
      break
    }
  }
  return { encoding: match[1], q, i }
}

function specify(encoding: string, spec: Spec, index: number): Priority | null {
  if (spec.encoding.toLowerCase() === encoding.toLowerCase()) return { i: index, o: spec.i, q: spec.q, s: 1 }
  return spec.encoding === '*' ? { i: index, o: spec.i, q: spec.q, s: 0 } : null
}

function priorityOf(encoding: string, specs: Spec[], index: number): Priority {
  let best: Priority = { i: index, o: -1, q: 0, s: 0 }
  for (const spec of specs) {
    const p = specify(encoding, spec, index)
    if (p && (best.s - p.s || best.q - p.q || best.o - p.o) < 0) best = p
  }
  return best
}

function preferredEncodings(header: string, offered: string[]): string[] {
  const specs = parseAcceptEncoding(header)
  const priorities = offered.map((encoding, index) => priorityOf(encoding, specs, index))
  return priorities
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i || 0)
    .map((p) => offered[priorities.indexOf(p)])
}

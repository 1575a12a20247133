import fs from 'node:fs/promises'

import { heldEtag, httpDate } from './conditionalGet'
import { codingsFor, etagForCoding, isCompressible } from './contentCoding'
import { contentTypeFor, isActiveDocument } from './contentTypes'
import { validatorsFor } from './fileValidators'
import { listSites, renderSitesListing } from './siteIndex'
import { isMissing, resolveSiteFile } from './staticFiles'

/** Where the app serves the sites folder. */
export const SITES_MOUNT = '/sites'

export type SiteRequest = {
  method: string
  /** The URL path as received, still percent-encoded, starting with SITES_MOUNT. */
  pathname: string
  search: string
  headers: { get(name: string): string | null }
}

/** A framework-free answer; the Next route turns it into a Response. */
export type SiteAnswer = { status: number; headers: Record<string, string>; body: Uint8Array | string | null }

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

/**
 * Everything here is public and static and is fetched without credentials, so any origin
 * may read it: browser-based readers poll the JSON feeds, and the sandboxed pages (below)
 * have an opaque origin, so even their own web fonts are cross-origin fetches. ETag is
 * exposed so such readers can poll conditionally.
 */
const OPEN_CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag' }

/**
 * Pages and feeds may be cached for five minutes: aggregators poll hundreds of feeds, and
 * after that they revalidate with a cheap 304. Five minutes is also the longest a reader
 * can see a page or feed that an editor has just corrected or unpublished.
 */
const CACHE_FILES = 'public, max-age=300'

/**
 * The sites are served from the admin's origin, and their HTML holds content written by
 * many editors. A sandbox without allow-same-origin gives each page an opaque origin, so
 * even a script that slipped through could not use an administrator's session against
 * /api. Links, forms and scripts keep working inside the page.
 */
const SANDBOX = 'sandbox allow-forms allow-popups allow-popups-to-escape-sandbox allow-scripts'

export async function answerSiteRequest(outDir: string, request: SiteRequest): Promise<SiteAnswer> {
  const { method } = request
  if (method === 'OPTIONS') return preflight()
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', { allow: ALLOWED_METHODS })
  if (request.pathname !== SITES_MOUNT && !request.pathname.startsWith(`${SITES_MOUNT}/`)) return plain(404, 'Not found')

  // The live version can be swapped between resolving and opening; the old one is then gone, so resolve again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await answerOnce(outDir, request)
    } catch (error) {
      if (!isMissing(error) || attempt === 2) throw error
    }
  }
}

async function answerOnce(outDir: string, request: SiteRequest): Promise<SiteAnswer> {
  const head = request.method === 'HEAD'
  const target = await resolveSiteFile(outDir, request.pathname.slice(SITES_MOUNT.length))
  switch (target.kind) {
    case 'malformed':
      return plain(400, 'Bad request: malformed percent-encoding')
    case 'root': {
      const body = renderSitesListing(await listSites(outDir), SITES_MOUNT)
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...documentHeaders() }, body: head ? null : body }
    }
    case 'add-trailing-slash':
      return { status: 308, headers: { location: `${request.pathname}/${request.search}` }, body: null }
    case 'missing': {
      if (!target.notFoundPage) return plain(404, 'Not found', {}, head)
      const page = await fs.readFile(target.notFoundPage)
      return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...documentHeaders() }, body: head ? null : page }
    }
    case 'file':
      return answerFile(target.file, request)
  }
}

async function answerFile(file: string, request: SiteRequest): Promise<SiteAnswer> {
  // One open file for stat, hash and body: all three describe the same bytes even if a build swaps the site meanwhile.
  const handle = await fs.open(file, 'r')
  try {
    const stats = await handle.stat()
    let bytes: Uint8Array | undefined
    const read = async () => (bytes ??= await handle.readFile())
    const validators = await validatorsFor(stats, read)
    const contentType = contentTypeFor(file)
    // The first is the coding this answer goes out in; a client may hold a copy in any of them.
    const codings = codingsFor({ method: request.method, acceptEncoding: request.headers.get('accept-encoding') }, { contentType, size: stats.size })
    const etags = codings.map((coding) => etagForCoding(validators.etag, coding))
    // Next's compression gzips the gzip answer (see contentCoding); no-transform keeps it, and
    // any proxy, from encoding the others under the identity bytes' tag.
    const gzipEtag = codings.includes('gzip') ? etagForCoding(validators.etag, 'gzip') : null
    const cacheControl = (etag: string) => (etag === gzipEtag ? CACHE_FILES : `${CACHE_FILES}, no-transform`)
    const headers: Record<string, string> = {
      etag: etags[0],
      'last-modified': httpDate(validators.lastModified),
      'cache-control': cacheControl(etags[0]),
      ...(isCompressible(contentType) ? { vary: 'Accept-Encoding' } : {}),
      ...OPEN_CORS,
      ...(isActiveDocument(contentType) ? { 'content-security-policy': SANDBOX } : {}),
    }
    const held = heldEtag(request.method, request.headers, etags, validators.lastModified)
    // A 304 refreshes the stored copy the client named, so it carries that copy's headers.
    if (held !== null) return { status: 304, headers: { ...headers, etag: held, 'cache-control': cacheControl(held) }, body: null }
    headers['content-type'] = contentType
    headers['x-content-type-options'] = 'nosniff'
    // The length of the gzip bytes is only known once Next has compressed them.
    if (codings[0] === 'identity') headers['content-length'] = String(stats.size)
    return { status: 200, headers, body: request.method === 'HEAD' ? null : await read() }
  } finally {
    await handle.close()
  }
}

function preflight(): SiteAnswer {
  return {
    status: 204,
    headers: {
      allow: ALLOWED_METHODS,
      ...OPEN_CORS,
      'access-control-allow-methods': ALLOWED_METHODS,
      // Conditional polling from a browser sends these, and they are not CORS-safelisted.
      'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Cache-Control',
      'access-control-max-age': '86400',
    },
    body: null,
  }
}

function documentHeaders(): Record<string, string> {
  return { 'content-security-policy': SANDBOX, 'x-content-type-options': 'nosniff' }
}

function plain(status: number, text: string, extra: Record<string, string> = {}, head = false): SiteAnswer {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...extra }, body: head ? null : `${text}\n` }
}

import { contentTypeFor } from '../server/contentTypes'

/** What a published file is served with: the same type and caching as nginx (deploy/nginx) and the /sites/ route. */
export type PublishHeaders = { contentType: string; cacheControl: string }

const PAGES = 'public, max-age=300'
const ASSETS = 'public, max-age=3600'
const CONTENT_NAMED = 'public, max-age=31536000, immutable'

// The same patterns, in the same order, as deploy/nginx/chancery-sites.conf's locations.
const PAGEFIND_INDEX = /\/pagefind\/.*\.(pf_fragment|pf_index|pf_meta|pagefind)$/
const ASSET = /\/assets\//

/**
 * Pages, feeds and open data five minutes (the longest a reader sees a corrected or withdrawn
 * page); the stylesheet, scripts and images an hour (their names do not change between
 * builds); Pagefind's index files, named after their content, a year.
 */
export function cacheControlFor(sitePath: string): string {
  const url = `/${sitePath}`
  if (PAGEFIND_INDEX.test(url)) return CONTENT_NAMED
  if (ASSET.test(url)) return ASSETS
  return PAGES
}

export function publishHeadersFor(sitePath: string): PublishHeaders {
  return { contentType: contentTypeFor(sitePath), cacheControl: cacheControlFor(sitePath) }
}

import path from 'node:path'

const BY_EXTENSION: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  // The open data (atlas and directory) beside its JSON.
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

// Feeds keep their name on every page of a paged feed (feed.json, feed-archive-2.json; see sitePaths).
const RSS_FEED = /^feed(-archive-\d+)?\.xml$/
const JSON_FEED = /^feed(-archive-\d+)?\.json$/

/** The media type a served file is labelled with; feed readers decide how to parse by it. */
export function contentTypeFor(filePath: string): string {
  const name = path.basename(filePath).toLowerCase()
  if (RSS_FEED.test(name)) return 'application/rss+xml; charset=utf-8'
  if (JSON_FEED.test(name)) return 'application/feed+json; charset=utf-8'
  return BY_EXTENSION[path.extname(name)] ?? 'application/octet-stream'
}

/** Documents that can carry markup or script of their own (sandboxed when served, see siteResponse). */
export function isActiveDocument(contentType: string): boolean {
  return contentType.startsWith('text/html') || contentType.startsWith('image/svg+xml')
}

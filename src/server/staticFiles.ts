import fs from 'node:fs/promises'
import path from 'node:path'

import { parseSitePath } from './sitePath'

/**
 * What a URL below `/sites/` refers to in the sites folder (`OUT`), where `OUT/<site>` is a
 * symbolic link to the site's live version under `OUT/.chancery/` (see src/build/siteWriter).
 */
export type SiteFileResolution =
  /** `file` is the real path, inside the requested site's live version (or OUT itself). */
  | { kind: 'file'; file: string }
  /** A folder asked for without its trailing slash: pages link relative to it, so send the client to `…/`. */
  | { kind: 'add-trailing-slash' }
  /** `/sites/` itself. */
  | { kind: 'root' }
  /** Nothing to serve; `notFoundPage` is the real path of the locale's 404 page when it has one. */
  | { kind: 'missing'; notFoundPage: string | null }
  | { kind: 'malformed' }

/**
 * Maps `rawPath` (the URL path below `/sites`, still percent-encoded, e.g. `/madrid/es/`)
 * to a file. Folder URLs map to their `index.html`. The name checks of parseSitePath come
 * first; then every candidate is resolved with realpath and must lie inside the requested
 * site's live version (or, for top-level files such as feeds.opml, inside OUT): a symbolic
 * link inside a site that points anywhere else, even at another site, is not followed.
 */
export async function resolveSiteFile(outDir: string, rawPath: string): Promise<SiteFileResolution> {
  const parsed = parseSitePath(rawPath)
  if (parsed.kind === 'malformed') return { kind: 'malformed' }
  if (parsed.kind === 'refused') return { kind: 'missing', notFoundPage: null }
  const { segments, trailingSlash } = parsed
  if (segments.length === 0) return { kind: 'root' }

  const base = await baseOf(outDir, segments[0], segments.length)
  if (!base) return { kind: 'missing', notFoundPage: null }
  const within = segments.length > 1 ? segments.slice(1) : segments
  const found = await confinedEntry(base, within)
  if (found?.isDirectory) {
    const index = await confinedEntry(base, [...within, 'index.html'])
    if (index?.isFile) return trailingSlash ? { kind: 'file', file: index.real } : { kind: 'add-trailing-slash' }
  } else if (found?.isFile && !trailingSlash) {
    return { kind: 'file', file: found.real }
  }
  return { kind: 'missing', notFoundPage: segments.length > 1 ? await notFoundPageFor(base, within[0]) : null }
}

/**
 * The folder a request is confined to: OUT itself for a top-level name, else the site's live
 * copy, resolved once. Every file of the request is then looked up in that one copy, so a
 * build swapping the site's link mid-request cannot make a page that exists in both copies
 * look missing (the old copy stays whole until the next build mirrors into it).
 */
async function baseOf(outDir: string, site: string, depth: number): Promise<Base | null> {
  try {
    const root = await fs.realpath(outDir)
    if (depth === 1) return { boundary: root, dir: root }
    const copy = await fs.realpath(path.join(outDir, site))
    // The site link may only lead into OUT (in practice OUT/.chancery/<site>/<copy>).
    return isInside(root, copy) ? { boundary: copy, dir: copy } : null
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** A mission locale's own 404 page (`<copy>/<locale>/404.html`), for any missing URL below that locale. */
async function notFoundPageFor(copy: Base, locale: string): Promise<string | null> {
  const page = await confinedEntry(copy, [locale, '404.html'])
  return page?.isFile ? page.real : null
}

type Base = { boundary: string; dir: string }
type Entry = { real: string; isFile: boolean; isDirectory: boolean }

async function confinedEntry(base: Base, segments: string[]): Promise<Entry | null> {
  try {
    const real = await fs.realpath(path.join(base.dir, ...segments))
    if (!isInside(base.boundary, real)) return null
    const stats = await fs.stat(real)
    return { real, isFile: stats.isFile(), isDirectory: stats.isDirectory() }
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

function isInside(parent: string, child: string): boolean {
  return child.startsWith(parent + path.sep)
}

export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG'
}

import fs from 'node:fs'
import path from 'node:path'

import * as pagefind from 'pagefind'

import type { PlannedFile } from '../build/outputPlan'
import { writeSite, type WriteSummary } from '../build/siteWriter'
import { isIndexedFile, isSearchIndexFile, searchPaths } from './searchPaths'

/**
 * Pagefind's settings for every site. The page shell marks each indexed page's main content
 * (`data-pagefind-body`), so headers, navigation and footers are never indexed; inside it, the
 * alerts region (refreshed on its own, src/alerts) is left out, so an alert never changes the
 * index. Pagefind already skips forms, scripts and nav inside the marked content.
 */
const PAGEFIND_CONFIG: pagefind.PagefindServiceConfig = { excludeSelectors: ['.alerts'] }

// Pagefind's own ready-made interfaces: the search page has its own markup and script
// (templates/pages/search.ts), so a site carries only the JS API, its WebAssembly and the index.
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/

/** The index could not be made: Pagefind's own message, with the site named. */
export class SearchIndexError extends Error {}

export type SiteIndex = {
  /** What the index's write changed in the site (its files only). */
  summary: WriteSummary
  /** Wall seconds: Pagefind reading and indexing the pages, and the writing. */
  seconds: number
  /** Bytes of the site's index as written (its files, not their folders). */
  bytes: number
}

/**
 * Indexes one site's pages as they are live now, in every language it has (Pagefind keeps one
 * index per `<html lang>`), and writes the index into the site's `pagefind/` folder through
 * the site writer: only the index files whose bytes changed are written, the others keep their
 * inode and mtime (and so their ETag), and readers see the new index whole, by the same swap
 * as any build. Pagefind's output is a function of the pages alone (its file names are hashes
 * of their content), so a page that did not change keeps its fragment file.
 *
 * Pagefind cannot update an index, so every page of the site is read again; it does so in its
 * own process (the `pagefind` binary, started once and kept), while this one's event loop waits.
 */
export async function indexSite(outDir: string, site: string, options: { full?: boolean } = {}): Promise<SiteIndex> {
  const started = performance.now()
  const key = `${path.resolve(outDir)}\u0000${site}`
  // Until it succeeds, the next build indexes the site whatever it changed (a retried job changes nothing).
  behind.add(key)
  // The live copy itself: a build never writes into it, it swaps in another one.
  const live = fs.realpathSync(path.join(outDir, site))
  const files = await pagefindFiles(live, site).catch((error: unknown) => {
    if (error instanceof SearchIndexError) throw error
    throw new SearchIndexError(`The search index of ${site} could not be made: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  })
  const summary = writeSite(outDir, { site, files }, { full: options.full, preserve: (p) => !isSearchIndexFile(p) })
  behind.delete(key)
  const bytes = files.reduce((n, f) => n + (typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength), 0)
  return { summary, seconds: (performance.now() - started) / 1000, bytes }
}

/**
 * Whether a site just written needs its index made again: an indexed page of it changed or
 * went, it has none yet, or the build trusts nothing (`--full`). A write of feeds, data or list
 * pages only (the ministry's network news after a mission's release) leaves it be.
 */
export function needsIndex(outDir: string, written: WriteSummary, options: { full?: boolean } = {}): boolean {
  if (options.full || written.changed.some(isIndexedFile) || behind.has(`${path.resolve(outDir)}\u0000${written.site}`)) return true
  return !fs.existsSync(path.join(outDir, written.site, searchPaths.bundle, 'pagefind-entry.json'))
}

// Sites whose last indexing in this process did not finish (outDir and site).
const behind = new Set<string>()

async function pagefindFiles(root: string, site: string): Promise<PlannedFile[]> {
  const created = await pagefind.createIndex(PAGEFIND_CONFIG)
  if (!created.index) throw new SearchIndexError(`Pagefind could not start the search index of ${site}: ${created.errors.join('; ')}`)
  const { index } = created
  try {
    const added = await index.addDirectory({ path: root })
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index the pages of ${site}: ${added.errors.join('; ')}`)
    const made = await index.getFiles()
    if (made.errors.length) throw new SearchIndexError(`Pagefind could not write the search index of ${site}: ${made.errors.join('; ')}`)
    return made.files
      .filter((f) => !UNUSED.test(f.path))
      .map((f) => ({ path: `${searchPaths.bundle}${f.path}`, contents: f.content, source: `search index (${f.path})` }))
  } finally {
    // The binary keeps every index it was asked for until told otherwise.
    await index.deleteIndex()
  }
}

/**
 * Indexes, one after the other, each site written that needs it (needsIndex), and returns every
 * site's summary with what its index's write changed added to it.
 */
export async function indexWrittenSites(outDir: string, sites: WriteSummary[], options: { full?: boolean } = {}): Promise<WriteSummary[]> {
  const result: WriteSummary[] = []
  for (const site of sites) result.push(needsIndex(outDir, site, options) ? withIndex(site, (await indexSite(outDir, site.site, options)).summary) : site)
  return result
}

/**
 * A site's write and its index's write, counted as one. `unchanged` stays the pages' count (what
 * was rendered in vain): Pagefind makes the whole index every time, and most of it is the same.
 */
export function withIndex(site: WriteSummary, index: WriteSummary): WriteSummary {
  return {
    site: site.site,
    written: site.written + index.written,
    unchanged: site.unchanged,
    deleted: site.deleted + index.deleted,
    changed: [...site.changed, ...index.changed],
  }
}

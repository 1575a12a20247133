import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'

import { contentTypeFor } from '../server/contentTypes'
import type { Destination } from './destination'
import { publishHeadersFor } from './publishHeaders'
import { listPublishable, type PublishableFile } from './publishable'

export type DeployProgress = { checked: number; total: number; uploaded: number; uploadedBytes: number }

export type DeployOptions = {
  sitesDir: string
  destination: Destination
  /** Compare and report, change nothing. */
  dryRun?: boolean
  onProgress?: (progress: DeployProgress) => void
  /** Each file uploaded (or, in a dry run, that would be) and each deleted, as decided. */
  onFile?: (action: 'upload' | 'delete', sitePath: string) => void
}

export type DeploySummary = {
  uploaded: number
  unchanged: number
  deleted: number
  uploadedBytes: number
  seconds: number
  dryRun: boolean
  /** The paths uploaded and deleted, in the order they were. */
  uploadedPaths: string[]
  deletedPaths: string[]
}

/**
 * Publishes the sites folder to a destination: every file whose bytes differ from what is
 * there is uploaded, then, once every upload has succeeded, the files the sites no longer have
 * are deleted. Deleting last means a reader never follows a link to a page that is gone while
 * its replacement is still on the way, and a deploy that fails half-way deletes nothing.
 * Files go up in three waves: images, stylesheets, scripts and data first, then pages, then
 * what announces pages (feeds, sitemaps, the OPML list), so a new page never points at an image
 * not yet there and no feed reader or crawler is sent to a page not yet there.
 */
export async function deploySites(options: DeployOptions): Promise<DeploySummary> {
  const started = performance.now()
  const { destination } = options
  const sources = listPublishable(options.sitesDir)
  const published = await destination.list()

  const progress: DeployProgress = { checked: 0, total: sources.length, uploaded: 0, uploadedBytes: 0 }
  const uploadedPaths: string[] = []
  for (const wave of [0, 1, 2] as const) {
    const group = sources.filter((f) => waveOf(f.path) === wave)
    await inTurns(group, destination.concurrency, async (source) => {
      const uploaded = await publishIfChanged(source, options, published)
      progress.checked += 1
      if (uploaded !== null) {
        progress.uploaded += 1
        progress.uploadedBytes += uploaded
        uploadedPaths.push(source.path)
      }
      options.onProgress?.({ ...progress })
    })
  }

  const present = new Set(sources.map((f) => f.path))
  const deletedPaths = [...published.keys()].filter((p) => !present.has(p)).sort()
  for (const p of deletedPaths) options.onFile?.('delete', p)
  if (!options.dryRun && deletedPaths.length) await destination.remove(deletedPaths)

  return {
    uploaded: uploadedPaths.length,
    unchanged: sources.length - uploadedPaths.length,
    deleted: deletedPaths.length,
    uploadedBytes: progress.uploadedBytes,
    seconds: (performance.now() - started) / 1000,
    dryRun: Boolean(options.dryRun),
    uploadedPaths,
    deletedPaths,
  }
}

/** Uploads one file unless the destination has the same bytes; the bytes uploaded, or null. */
async function publishIfChanged(source: PublishableFile, options: DeployOptions, published: Awaited<ReturnType<Destination['list']>>): Promise<number | null> {
  // Read once: the hash compared and the bytes uploaded are the same bytes, whatever a build does meanwhile.
  const bytes = await fs.readFile(source.file)
  const md5 = createHash('md5').update(bytes).digest('hex')
  const there = published.get(source.path)
  if (there && there.size === bytes.length && (await there.md5()) === md5) return null
  options.onFile?.('upload', source.path)
  if (!options.dryRun) await options.destination.put(source.path, bytes, publishHeadersFor(source.path), md5)
  return bytes.length
}

/** 0: what pages use; 1: pages; 2: what points readers and crawlers at pages. */
function waveOf(sitePath: string): 0 | 1 | 2 {
  const type = contentTypeFor(sitePath)
  if (type.startsWith('text/html')) return 1
  if (/^(application\/(rss\+xml|feed\+json|xml)|text\/x-opml)/.test(type)) return 2
  return 0
}

/** Runs `work` on every item, at most `limit` at a time; the first failure stops the rest and is thrown. */
async function inTurns<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: unknown = null
  const worker = async () => {
    while (failure === null && next < items.length) {
      const item = items[next++]
      try {
        await work(item)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure !== null) throw failure
}

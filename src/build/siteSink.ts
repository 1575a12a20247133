import { setImmediate } from 'node:timers/promises'

import type { BuildOptions, BuildRead } from './buildSites'
import type { WriteSummary } from './siteWriter'
import { writeMinistrySite, writeMissionSite } from './writeSites'

/**
 * Where a build's reads go to become sites: written here, one after the other (this module),
 * or by a pool of build workers (src/build/pool/pooledSink.ts). Either way `sites` lists the
 * sites written so far in the order of the reads, as the search index queue follows them.
 */
export interface SiteSink {
  /** Takes one read; resolves when the build may read the next one. */
  take(read: BuildRead): Promise<void>
  /** Sites written so far, in the order of their reads; the ministry's null when it could not be built. */
  readonly sites: (WriteSummary | null)[]
  /** Waits for every site taken; throws the first failure. */
  finish(): Promise<(WriteSummary | null)[]>
  close(): Promise<void>
}

/** Writes each read's sites in this process (a build of a few missions, or with one worker asked for). */
export function inProcessSink(options: BuildOptions, total: number, onWritten: () => void): SiteSink {
  const sites: (WriteSummary | null)[] = []
  let done = 0
  return {
    sites,
    async take(read) {
      if (read.kind === 'ministry') {
        sites.push(writeMinistrySite(read.raw, options))
        return onWritten()
      }
      for (const slug of read.slugs) {
        sites.push(writeMissionSite(read.raw, slug, options))
        options.onProgress?.(++done, total, slug)
        // The `xml` package behind `rss` finishes each document in a process.nextTick callback that
        // holds all of its intermediate strings: a long synchronous run would keep every feed's.
        await setImmediate()
      }
      onWritten()
    },
    finish: async () => sites,
    close: async () => {},
  }
}

/** A sink that is still starting (a pool's workers loading): each call waits for it. */
export function deferredSink(starting: Promise<SiteSink>): SiteSink {
  let sink: SiteSink | null = null
  const ready = starting.then((s) => (sink = s))
  // Heard by `take`; a build that fails before its first read must not leave it unhandled.
  ready.catch(() => {})
  return {
    get sites() {
      return sink?.sites ?? []
    },
    take: async (read) => (await ready).take(read),
    finish: async () => (await ready).finish(),
    close: async () => {
      const started = await ready.catch(() => null)
      await started?.close()
    },
  }
}

import type { WriteSummary } from '../build/siteWriter'
import { indexSite, needsIndex, withIndex, type SiteIndex } from './siteIndex'

/**
 * The search indexes of a build of many sites, made while the build goes on: each site written
 * is indexed after the ones before it, by Pagefind in its own process, while this process reads
 * and renders the next batch (on two cores the two overlap instead of adding up). `finish`
 * waits for the last one.
 */
export class SearchIndexQueue {
  private tail: Promise<void> = Promise.resolve()
  private seen = 0
  private readonly made = new Map<string, SiteIndex>()
  private failure: unknown = null

  constructor(
    private readonly outDir: string,
    private readonly options: { full?: boolean } = {},
  ) {}

  /** Queues the sites of `sites` not seen by an earlier call (the build's list, as it grows). */
  follow(sites: WriteSummary[]): void {
    for (const written of sites.slice(this.seen)) {
      // Decided now, while the site's link is the one this build wrote.
      if (!needsIndex(this.outDir, written, this.options)) continue
      this.tail = this.tail.then(async () => {
        if (this.failure) return
        try {
          this.made.set(written.site, await indexSite(this.outDir, written.site, this.options))
        } catch (error) {
          this.failure = error
        }
      })
    }
    this.seen = sites.length
  }

  /**
   * Waits for every queued index, then returns the build's sites with what each index's write
   * changed added to them. The first failure stops the queue and is thrown here (the pages are
   * written either way; a site not indexed keeps its previous index).
   */
  async finish(sites: WriteSummary[]): Promise<{ sites: WriteSummary[]; indexes: SiteIndex[] }> {
    this.follow(sites)
    await this.tail
    if (this.failure) throw this.failure
    return {
      sites: sites.map((s) => {
        const index = this.made.get(s.site)
        return index ? withIndex(s, index.summary) : s
      }),
      indexes: [...this.made.values()],
    }
  }
}

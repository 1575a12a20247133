import type { BuildOptions, BuildRead } from '../buildSites'
import type { SiteSink } from '../siteSink'
import type { WriteSummary } from '../siteWriter'
import type { BuildPool } from './buildPool'

/**
 * Hands each read to the pool and lets the build read the next one at once, while the workers
 * render: at most one batch waits for a worker, so the content held in this process is a few
 * batches', not the network's. Sites are listed in the order of the reads, whatever order the
 * workers finish in; the first failure is kept and thrown by the next `take` or by `finish`.
 */
export function pooledSink(pool: BuildPool, options: BuildOptions, total: number, onWritten: () => void): SiteSink {
  const batches: ((WriteSummary | null)[] | undefined)[] = []
  const pending: Promise<void>[] = []
  const sites: (WriteSummary | null)[] = []
  let listed = 0
  let done = 0
  let failure: unknown = null

  const ofMissions: boolean[] = []
  // Progress is told in the order of the reads too, as a build in one process tells it.
  const list = () => {
    for (; listed < batches.length && batches[listed]; listed++) {
      for (const site of batches[listed]!) {
        sites.push(site)
        if (site && ofMissions[listed]) options.onProgress?.(++done, total, site.site)
      }
    }
    onWritten()
  }
  const check = () => {
    if (failure) throw failure
  }

  return {
    sites,
    async take(read: BuildRead) {
      check()
      const index = batches.push(undefined) - 1
      ofMissions[index] = read.kind === 'missions'
      const task = read.kind === 'missions' ? { kind: 'missions' as const, raw: read.raw, slugs: read.slugs } : { kind: 'ministry' as const, raw: read.raw }
      pending.push(
        pool.run(task).then(
          (written) => {
            batches[index] = written
            list()
          },
          (error: unknown) => {
            failure ??= error
          },
        ),
      )
      await pool.untilQueuedBelow(1)
      check()
    },
    async finish() {
      await Promise.all(pending)
      check()
      return sites
    },
    close: () => pool.close(),
  }
}

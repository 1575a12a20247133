import { setImmediate } from 'node:timers/promises'

import type { Payload, TaskConfig } from 'payload'

import { alertsOnly } from '../alerts/alertChanges'
import { LiveSites, pressReleaseIds } from '../build/liveSites'
import { fetchMissingMedia } from '../build/mediaFromBucket'
import { buildDate, siteBuildSettings, type SiteBuildEnv } from './buildSettings'
import { REBUILD_SITES, type RebuildSitesInput } from './rebuildSitesJob'
import { SiteBuildLease } from './siteBuildLease'
import { recordSiteBuild } from './siteBuildRecord'

/** Every rebuild shares one key: two builds writing the same site folder at once would undo each other. */
export const SITES_CONCURRENCY_KEY = 'chancery-sites'

export type RebuildSitesOutput = {
  sites: number
  written: number
  unchanged: number
  deleted: number
  seconds: number
  /** The sites written (mission slugs, "ministry"). */
  siteNames: string[]
  /** Which server built them (the lease's holder) and when it held the lease: who wrote the sites folder when. */
  builtBy: string
  builtFrom: string
  builtUntil: string
}

/**
 * The slugs still worth building separately. A slug that no longer names a mission (renamed or
 * deleted since the job was queued) left a folder behind that only a build of every site removes.
 */
export async function missionsToBuild(payload: Payload, slugs: string[]): Promise<string[] | undefined> {
  if (!slugs.length) return undefined
  const found = await payload.find({
    collection: 'missions', where: { slug: { in: slugs } }, depth: 0, pagination: false, select: { slug: true },
  })
  const known = new Set(found.docs.map((m) => m.slug))
  return slugs.every((s) => known.has(s)) ? slugs : undefined
}

// One builder per Payload instance: it keeps the content of the missions being edited, and
// holds the lease on the sites folder while it writes.
type Builder = { live: LiveSites; lease: SiteBuildLease }
const builders = new WeakMap<Payload, Builder>()
function builderOf(payload: Payload, env: () => SiteBuildEnv): Builder {
  let builder = builders.get(payload)
  if (!builder) {
    const live = new LiveSites(payload, () => ({ ...siteBuildSettings(env()), today: buildDate() }))
    builders.set(payload, (builder = { live, lease: new SiteBuildLease(payload) }))
  }
  return builder
}

// Rebuilds of one process take turns: the builder patches the content it keeps, and two
// rebuilds interleaved at their reads would each write a site missing the other's change.
// Between processes (several app servers on one database) the lease does the same: Payload's
// concurrency key does not rule it out, its check and its claim being two queries.
const turns = new WeakMap<Payload, Promise<unknown>>()
function inTurn<T>(payload: Payload, run: () => Promise<T>): Promise<T> {
  const result = (turns.get(payload) ?? Promise.resolve()).then(run, run)
  turns.set(payload, result.catch(() => undefined))
  return result
}

/**
 * Regenerates the sites of the given missions (all when the list is empty) from published
 * content. `env` is the configuration's environment; settings are read when the job runs.
 */
export const rebuildSitesTask = (env: () => SiteBuildEnv): TaskConfig<{ input: RebuildSitesInput; output: RebuildSitesOutput }> => ({
  slug: REBUILD_SITES,
  label: 'Rebuild mission sites',
  inputSchema: [{ name: 'missions', type: 'text', hasMany: true }, { name: 'changes', type: 'json' }],
  outputSchema: [
    { name: 'sites', type: 'number' },
    { name: 'written', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'deleted', type: 'number' },
    { name: 'seconds', type: 'number' },
    { name: 'siteNames', type: 'text', hasMany: true },
    { name: 'builtBy', type: 'text' },
    { name: 'builtFrom', type: 'date' },
    { name: 'builtUntil', type: 'date' },
  ],
  concurrency: { key: () => SITES_CONCURRENCY_KEY, exclusive: true },
  // A failed build leaves the last complete sites in place; a retry catches a passing cause (a file being replaced).
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 2000 } },
  handler: ({ input, req }) => inTurn(req.payload, () => {
    const { live, lease } = builderOf(req.payload, env)
    return lease.hold(async (held) => {
      const builtFrom = new Date().toISOString()
      // Another server's build since this one's last: what this builder keeps may be stale.
      live.startBuild(held.generation)
      const changes = Array.isArray(input.changes) ? input.changes : []
      const slugs = input.missions ?? []
      // After a press release, the builder's own list of missions is current: one query less per publish.
      const known = slugs.length > 0 && changes.length > 0 && pressReleaseIds(changes) !== null && live.knowsMissions(slugs)
      const missions = known ? slugs : await missionsToBuild(req.payload, slugs)
      // Media in a bucket: this server's copy of each image the build copies into the sites.
      await fetchMissingMedia(req.payload, siteBuildSettings(env()).mediaDir, env())
      // Without a known change (or for every site) the live builder takes the ordinary build.
      const summary = await live.rebuild(missions ?? [], changes.length ? changes : null)
      // A build of some missions leaves the ministry's site (network news, directory, atlas) to catch up here.
      // The ministry's site shows no mission's alerts: an alert leaves it as it is.
      if (missions?.length && !alertsOnly(changes)) {
        // The missions' files are live: requests that came in meanwhile (an editor's next click)
        // are served before this process turns to the ministry's site.
        await setImmediate()
        const ministry = await live.refreshMinistry(changes.length ? changes : null)
        if (ministry) summary.sites.push(ministry)
      }
      // The standby copies too are written before the next server may write the folder.
      await live.settled()
      const record = { builtBy: held.holder, builtFrom, builtUntil: new Date().toISOString(), siteNames: summary.sites.map((site) => site.site) }
      recordSiteBuild(req.payload, env(), record)
      return {
        output: {
          sites: summary.sites.length,
          written: summary.written,
          unchanged: summary.unchanged,
          deleted: summary.deleted,
          seconds: summary.seconds,
          ...record,
        },
      }
    })
  }),
})

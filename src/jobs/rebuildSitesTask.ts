import type { Payload, TaskConfig } from 'payload'

import { buildSites } from '../build/buildSites'
import { buildDate, siteBuildSettings, type SiteBuildEnv } from './buildSettings'
import { REBUILD_SITES, type RebuildSitesInput } from './rebuildSitesJob'

/** Every rebuild shares one key: two builds writing the same site folder at once would undo each other. */
export const SITES_CONCURRENCY_KEY = 'chancery-sites'

export type RebuildSitesOutput = { sites: number; written: number; unchanged: number; deleted: number; seconds: number }

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

/**
 * Regenerates the sites of the given missions (all when the list is empty) from published
 * content. `env` is the configuration's environment; settings are read when the job runs.
 */
export const rebuildSitesTask = (env: () => SiteBuildEnv): TaskConfig<{ input: RebuildSitesInput; output: RebuildSitesOutput }> => ({
  slug: REBUILD_SITES,
  label: 'Rebuild mission sites',
  inputSchema: [{ name: 'missions', type: 'text', hasMany: true }],
  outputSchema: [
    { name: 'sites', type: 'number' },
    { name: 'written', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'deleted', type: 'number' },
    { name: 'seconds', type: 'number' },
  ],
  concurrency: { key: () => SITES_CONCURRENCY_KEY, exclusive: true },
  // A failed build leaves the last complete sites in place; a retry catches a passing cause (a file being replaced).
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const missions = await missionsToBuild(req.payload, input.missions ?? [])
    const summary = await buildSites(req.payload, { ...siteBuildSettings(env()), today: buildDate(), missions })
    return {
      output: {
        sites: summary.sites.length,
        written: summary.written,
        unchanged: summary.unchanged,
        deleted: summary.deleted,
        seconds: summary.seconds,
      },
    }
  },
})

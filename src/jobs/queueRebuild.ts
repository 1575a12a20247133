import type { PayloadRequest } from 'payload'

import { afterCommit } from '../config/afterCommit'

import { isNone, type Affected } from './affectedMissions'
import { REBUILD_SITES, type ContentChange, type RebuildSitesInput } from './rebuildSitesJob'
import { runQueuedJobsNow } from './runQueuedJobsNow'

// Until payload-types.ts declares the task (npm run generate:types), queue() cannot type its slug.
type QueueRebuild = (args: { task: typeof REBUILD_SITES; input: RebuildSitesInput; req: PayloadRequest }) => Promise<unknown>

/** The slugs of the affected missions; an empty list means every site. Null: no site shows it. */
export async function missionSlugs(req: PayloadRequest, affected: Affected): Promise<string[] | null> {
  if (affected === 'all') return []
  if (isNone(affected)) return null
  const slugs = new Set(affected.slugs)
  if (affected.ids.length) {
    const found = await req.payload.find({
      collection: 'missions', where: { id: { in: affected.ids } }, depth: 0, pagination: false, select: { slug: true }, req,
    })
    found.docs.forEach((m) => slugs.add(m.slug))
  }
  return slugs.size ? [...slugs].sort() : null
}

/**
 * Queues a rebuild of the affected sites and returns at once: the build runs in the jobs
 * queue, never in the editor's request, as soon as the save is committed. Queued with the
 * request, so a save that is rolled back queues nothing. A failure to queue is logged, not thrown: the content is saved either
 * way and the next rebuild (or `npm run build:sites`) brings the sites up to date.
 */
export async function queueRebuild(req: PayloadRequest, affected: Affected, reason: string, change?: ContentChange): Promise<void> {
  try {
    const missions = await missionSlugs(req, affected)
    if (missions === null) return
    const input: RebuildSitesInput = { missions, ...(change ? { changes: [change] } : {}) }
    await (req.payload.jobs.queue as unknown as QueueRebuild)({ task: REBUILD_SITES, input, req })
    afterCommit(req, () => runQueuedJobsNow(req.payload))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not queue the site rebuild after ${reason}` })
  }
}

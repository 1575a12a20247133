import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { queueRebuild } from '../jobs/queueRebuild'
import { ALERTS } from './alertChanges'
import { alertSites } from './alertSites'

export const ALERT_BOUNDARY = 'alertBoundary'

type BoundaryInput = { alert: string }
type QueueBoundary = (args: { task: typeof ALERT_BOUNDARY; input: BoundaryInput; waitUntil: Date; req: PayloadRequest }) => Promise<unknown>

/** The instants at which a published alert appears or disappears that are still to come. */
export function boundariesAfter(doc: { startsAt?: unknown; expiresAt?: unknown }, now: Date): Date[] {
  return [doc.startsAt, doc.expiresAt]
    .map((value) => (value ? new Date(String(value)) : null))
    .filter((at): at is Date => at !== null && !Number.isNaN(at.getTime()) && at.getTime() > now.getTime())
}

/**
 * When an alert is published, its future start and its expiry are put on the jobs queue
 * (`waitUntil`), so the sites change at those moments with nobody acting. Queued with the save:
 * a save rolled back schedules nothing. A job for a boundary that no longer holds (the alert
 * edited or withdrawn since) refreshes sites whose alerts are already right, which writes nothing.
 */
export const scheduleAlertBoundaries: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?._status !== 'published') return doc
  for (const waitUntil of boundariesAfter(doc, new Date())) {
    try {
      await (req.payload.jobs.queue as unknown as QueueBoundary)({ task: ALERT_BOUNDARY, input: { alert: String(doc.id) }, waitUntil, req })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Could not schedule the refresh of alert ${doc.id} at ${waitUntil.toISOString()}` })
    }
  }
  return doc
}

/**
 * Run by the jobs queue at an alert's start or expiry: queues the refresh of the sites the
 * published alert concerns (the same rebuild job a save queues, so rebuilds still take turns).
 */
export const alertBoundaryTask: TaskConfig<{ input: BoundaryInput; output: { queued: boolean } }> = {
  slug: ALERT_BOUNDARY,
  label: 'Show or take down an alert at its start or expiry',
  inputSchema: [{ name: 'alert', type: 'text', required: true }],
  outputSchema: [{ name: 'queued', type: 'checkbox' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const { docs } = await req.payload.find({
      collection: ALERTS as CollectionSlug, depth: 0, limit: 1, draft: false, req,
      where: { and: [{ id: { equals: input.alert } }, { _status: { equals: 'published' } }] },
    })
    const doc = docs[0] as unknown as Record<string, unknown> | undefined
    if (!doc) return { output: { queued: false } }
    await queueRebuild(req, alertSites(doc), `the start or expiry of alert ${input.alert}`, { collection: ALERTS, id: input.alert })
    return { output: { queued: true } }
  },
}

import { createLocalReq, type CollectionAfterChangeHook, type CollectionSlug, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

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
export const scheduleAlertBoundaries: CollectionAfterChangeHook = async ({ context, doc, req }) => {
  // A seed queues no job; the server schedules what it left out when it starts (scheduleMissedBoundaries).
  if (doc?._status !== 'published' || (context as { seeding?: unknown }).seeding) return doc
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

/**
 * Queues the start and expiry of every published alert still to come that has no job waiting
 * for it: alerts written by a seed or an import (which queue nothing), or whose job was lost.
 * Run by the app server when it starts its job runner. Returns how many it queued.
 */
export async function scheduleMissedBoundaries(payload: Payload, now = new Date()): Promise<number> {
  const { docs: alerts } = await payload.find({
    collection: ALERTS as CollectionSlug, depth: 0, pagination: false,
    where: { and: [{ _status: { equals: 'published' } }, { expiresAt: { greater_than: now.toISOString() } }] },
  })
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs' as CollectionSlug, depth: 0, pagination: false,
    where: { and: [{ taskSlug: { equals: ALERT_BOUNDARY } }, { completedAt: { exists: false } }] },
  })
  const key = (alert: unknown, at: unknown) => `${String(alert)}@${new Date(String(at)).getTime()}`
  const waiting = new Set(jobs.map((j) => key((j as { input?: { alert?: string } }).input?.alert, (j as { waitUntil?: string }).waitUntil)))
  const missing = (alerts as unknown as Record<string, unknown>[]).flatMap((a) =>
    boundariesAfter(a, now).filter((at) => !waiting.has(key(a.id, at))).map((waitUntil) => ({ alert: String(a.id), waitUntil })))
  if (missing.length === 0) return 0
  // In one transaction of its own, as the other jobs the server queues by itself (SQLite writes take turns).
  const req = await createLocalReq({}, payload)
  const id = (await payload.db.beginTransaction()) ?? undefined
  req.transactionID = id
  try {
    for (const { alert, waitUntil } of missing) await (payload.jobs.queue as unknown as QueueBoundary)({ task: ALERT_BOUNDARY, input: { alert }, waitUntil, req })
    if (id !== undefined) await payload.db.commitTransaction(id)
  } catch (error) {
    if (id !== undefined) await payload.db.rollbackTransaction(id).catch(() => undefined)
    throw error
  }
  return missing.length
}

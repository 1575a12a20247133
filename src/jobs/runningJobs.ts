import type { CollectionSlug, Payload, TaskConfig } from 'payload'

// Next bundles the tasks (the jobs runner) apart from the instrumentation hook that stops them:
// a process-wide symbol is the one set both reach, as for the jobs stopper (./stopJobs.ts).
const SLOT = Symbol.for('chancery.runningJobs')
type Slot = { [SLOT]?: Set<string> }
const running = (): Set<string> => ((globalThis as Slot)[SLOT] ??= new Set())

/** The ids of the jobs whose task is running in this process now. */
export const runningJobIds = (): string[] => [...running()]

/** The task, its handler noting which job it is running, so that a stop knows the jobs it cuts off. */
export function trackRunningJobs<T extends TaskConfig<any>>(task: T): T {
  const { handler } = task
  if (typeof handler !== 'function') return task
  return {
    ...task,
    handler: async (args: Parameters<typeof handler>[0]) => {
      const id = String(args.job.id)
      running().add(id)
      try {
        return await handler(args)
      } finally {
        running().delete(id)
      }
    },
  }
}

/**
 * Unmarks the given jobs as processing, so that the next start (or another server) runs them
 * again instead of leaving them marked for ever: a confirmation mail cut off by a stop is sent
 * again rather than never. Returns how many were released.
 */
export async function releaseJobs(payload: Payload, ids: string[]): Promise<number> {
  if (!ids.length) return 0
  const released = await payload.db.updateMany({
    collection: 'payload-jobs' as CollectionSlug,
    where: { and: [{ id: { in: ids } }, { processing: { equals: true } }] },
    data: { processing: false },
  })
  return released?.length ?? 0
}

import type { Payload } from 'payload'

import { releaseJobs, runningJobIds } from './runningJobs'

type Run = Payload['jobs']['run']

export type JobsStopped = {
  /** Whether every job run of this process had ended when the stop returned. */
  finished: boolean
  /** The runs still going when the grace ran out. */
  unfinished: number
  /** The jobs those runs were working on, unmarked as processing so that the next start runs them again. */
  released: number
}

export type JobsStopper = {
  /** No job starts any more; the runs in progress get `graceMs` to end. */
  stop: (graceMs: number) => Promise<JobsStopped>
  /** Closes the database connection: after the stop, once no request needs it. */
  close: () => Promise<void>
}

/**
 * The job runs of this Payload (its autorun crons and the runs a save starts), so that a
 * stopping server can let the ones in progress end instead of cutting them off. Payload's crons
 * stop scheduling when told, but a run they started goes on; a run asked for after the stop
 * (a save's own run) is skipped, its jobs left queued for the next start.
 */
export function stoppableJobs(
  payload: Payload,
  jobs: { running: () => string[]; release: (payload: Payload, ids: string[]) => Promise<number> } = { running: runningJobIds, release: releaseJobs },
): JobsStopper {
  const running = new Set<Promise<unknown>>()
  let stopping = false
  const run: Run = payload.jobs.run.bind(payload.jobs)
  payload.jobs.run = ((args) => {
    if (stopping) return Promise.resolve({ jobStatus: {}, remainingJobsFromQueried: 0 })
    const job = run(args)
    running.add(job)
    void job.finally(() => running.delete(job)).catch(() => undefined)
    return job
  }) as Run

  return {
    async stop(graceMs) {
      stopping = true
      // A cron's run that began before this wrapper existed is still known to the cron itself.
      const crons = payload.crons.splice(0)
      for (const cron of crons) cron.stop()
      const busy = () => running.size + crons.filter((cron) => cron.isBusy()).length
      const deadline = Date.now() + graceMs
      while (busy() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
      const unfinished = busy()
      if (!unfinished) return { finished: true, unfinished, released: 0 }
      const released = await jobs.release(payload, jobs.running()).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'Could not release the jobs cut off by the stop' })
        return 0
      })
      return { finished: false, unfinished, released }
    },
    close: () => payload.destroy(),
  }
}

// Next bundles the instrumentation hook apart from the server script that wraps Next
// (scripts/serve.ts): a process-wide symbol is the one place both reach, as for the fast path.
const SLOT = Symbol.for('chancery.jobsStopper')
type Slot = { [SLOT]?: JobsStopper }

/** Called where the jobs runner starts (src/instrumentation.ts), for the server to stop it. */
export function offerJobsStopper(stopper: JobsStopper): void {
  ;(globalThis as Slot)[SLOT] = stopper
}

/** The jobs runner's stopper, when this process runs one. */
export function takeJobsStopper(): JobsStopper | null {
  return (globalThis as Slot)[SLOT] ?? null
}

import type { Payload } from 'payload'

type Runner = { running: boolean; again: boolean }
const runners = new WeakMap<Payload, Runner>()

/**
 * Whether this process runs the jobs queue: the app server starts Payload's crons (scripts and
 * tests do not), and CHANCERY_AUTORUN_JOBS can turn them off.
 */
export async function runsJobs(payload: Payload): Promise<boolean> {
  if (!payload.crons?.length) return false
  return (await payload.config.jobs?.shouldAutoRun?.(payload)) ?? true
}

/**
 * Runs the queued jobs now instead of at the cron's next tick (up to a second away), in a
 * process that runs the queue. Calls while a run is going on ask for one more run after it,
 * so a job queued during a run is not left for the tick, and runs never pile up.
 */
export function runQueuedJobsNow(payload: Payload): void {
  let runner = runners.get(payload)
  if (!runner) runners.set(payload, (runner = { running: false, again: false }))
  if (runner.running) {
    runner.again = true
    return
  }
  runner.running = true
  const state = runner
  void (async () => {
    try {
      if (!(await runsJobs(payload))) return
      do {
        state.again = false
        await payload.jobs.run({ queue: 'default', limit: 10, silent: true })
      } while (state.again)
    } catch (error) {
      // The cron's next tick runs whatever this run left.
      payload.logger.error({ err: error, msg: 'Could not run the queued jobs after a save' })
    } finally {
      state.running = false
    }
  })()
}

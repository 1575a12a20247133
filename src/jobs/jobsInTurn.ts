import type { Payload } from 'payload'

type Run = Payload['jobs']['run']

/**
 * On SQLite, the jobs of one run take turns. Payload runs a batch in parallel and writes the
 * jobs' own state outside any transaction; one process has one writer at a time, and libsql
 * waits for a lock by blocking the event loop, so a job's direct write while another job's
 * transaction is open fails as "database is locked" (a scheduled publish and an alert's start
 * falling due together lost the publish). Payload's autorun has no option for it, so every run
 * of this process, the autorun's included, is made sequential here. MongoDB keeps the parallel runs.
 */
export function runJobsInTurn(payload: Payload): void {
  if (payload.db.name !== 'sqlite') return
  const run: Run = payload.jobs.run.bind(payload.jobs)
  payload.jobs.run = ((args) => run({ ...args, sequential: true } as Parameters<Run>[0])) as Run
}

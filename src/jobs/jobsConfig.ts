import type { CollectionSlug, JobsConfig, Payload } from 'payload'

import { isMinistryAdmin } from '../access/roles'
import { alertBoundaryTask } from '../alerts/boundaryJob'
import { appointmentMailTask } from '../appointments/mail/appointmentMailTask'
import { remindTomorrowTask } from '../appointments/mail/reminders'
import { citizenMailTask } from '../citizen/mail/citizenMailTask'
import { anonymiseExpiredTask } from '../citizen/retention/anonymiseExpired'
import type { SiteBuildEnv } from './buildSettings'
import { reviewMailTask } from '../review/mail/reviewMailTask'
import { REBUILD_SITES } from './rebuildSitesJob'
import { rebuildSitesTask } from './rebuildSitesTask'
import { trackRunningJobs } from './runningJobs'

export type JobsEnv = SiteBuildEnv

/** Every second: for jobs queued by other processes (a save in the server runs its job once committed). */
export const AUTORUN_CRON = '* * * * * *'

/**
 * Whether this process runs queued jobs by itself. On unless CHANCERY_AUTORUN_JOBS is "false"
 * or "0". Crons only start in a process that asks for them (the Next server does; scripts and
 * tests calling getPayload do not), so this mainly lets a second server or a test server opt out.
 */
export function autorunEnabled(env: JobsEnv): boolean {
  return !['false', '0', 'no', 'off'].includes((env.CHANCERY_AUTORUN_JOBS ?? '').trim().toLowerCase())
}

/**
 * A rebuild marked as running before this process started was cut off (the server stopped
 * mid-build). Left marked, its concurrency key would block every later rebuild.
 */
export async function releaseInterruptedRebuilds(payload: Payload, startedAt: Date): Promise<number> {
  const stale = await payload.db.updateMany({
    collection: 'payload-jobs' as CollectionSlug,
    where: { and: [{ taskSlug: { equals: REBUILD_SITES } }, { processing: { equals: true } }, { updatedAt: { less_than: startedAt.toISOString() } }] },
    data: { processing: false },
  })
  return stale?.length ?? 0
}

const processStartedAt = new Date(performance.timeOrigin)

/** The jobs queue: live site rebuilds, citizen and appointment mail, reminders and retention, run in the background by the app server. */
export function jobsConfig(env: JobsEnv): JobsConfig {
  // Explicit configuration wins; the process environment fills in what it leaves out (tests set SITES_DIR there).
  const buildEnv = (): JobsEnv => ({ ...process.env, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) })
  return {
    // Each task notes the job it runs, for a stop to release the ones it cuts off (./stopJobs.ts).
    tasks: [rebuildSitesTask(buildEnv), citizenMailTask(buildEnv), anonymiseExpiredTask, appointmentMailTask(buildEnv), remindTomorrowTask(buildEnv), alertBoundaryTask, reviewMailTask(buildEnv)].map(trackRunningJobs),
    enableConcurrencyControl: true,
    autoRun: async (payload) => {
      const released = await releaseInterruptedRebuilds(payload, processStartedAt)
      if (released) payload.logger.warn(`Released ${released} site rebuild(s) interrupted by a previous stop; they will run again.`)
      return [{ cron: AUTORUN_CRON, queue: 'default', limit: 10, silent: { info: true } }]
    },
    shouldAutoRun: () => autorunEnabled(buildEnv()),
    // The REST endpoints for jobs: the hooks queue through the Local API, which skips these.
    access: {
      queue: ({ req }) => isMinistryAdmin(req.user),
      run: ({ req }) => isMinistryAdmin(req.user),
      cancel: ({ req }) => isMinistryAdmin(req.user),
    },
  }
}

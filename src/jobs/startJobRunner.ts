import type { Payload, SanitizedConfig } from 'payload'

import { autorunEnabled, type JobsEnv } from './jobsConfig'

/**
 * Starts Payload with its job crons in the app server. Next starts Payload lazily, on the first
 * request to a route that needs it (/api, /admin), and /sites/ needs none: without this, a
 * rebuild queued before a restart, or cut off by it, would wait for someone to open the admin
 * while the sites it should update are served stale.
 */
export async function startJobRunner(loadConfig: () => Promise<SanitizedConfig>, env: JobsEnv = process.env): Promise<Payload | null> {
  // `next build` loads the server too; Payload itself declines to start crons there.
  if (!autorunEnabled(env) || env.NEXT_PHASE === 'phase-production-build') return null
  const [{ getPayload }, config] = await Promise.all([import('payload'), loadConfig()])
  // The routes' getPayload finds this instance in Payload's cache, crons already running.
  const payload = await getPayload({ config, cron: true })
  const [{ queueRetentionDaily }, { queueRemindersHourly }] = await Promise.all([
    import('../citizen/retention/anonymiseExpired'),
    import('../appointments/mail/reminders'),
  ])
  queueRetentionDaily(payload)
  queueRemindersHourly(payload)
  // Alerts seeded or imported have no start or expiry job yet.
  const { scheduleMissedBoundaries } = await import('../alerts/boundaryJob')
  scheduleMissedBoundaries(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not schedule the alerts’ start and expiry' }))
  return payload
}

import type { Payload } from 'payload'

import type { JobsEnv } from './jobsConfig'
import { startJobRunner } from './startJobRunner'

/**
 * Under `next dev` the instrumentation does not start the jobs runner (src/instrumentation.ts):
 * importing the Payload configuration there made Turbopack compile the whole server before it
 * routed the first request, which delayed the admin's first compile on `npm start`. Instead the
 * first request that opens Payload in the dev server (npm start opens the admin at once) starts
 * it, once that Payload is ready. Scripts and tests, outside Next, never do.
 */
export function startJobRunnerInDevServer(payload: Payload, env: JobsEnv & { NODE_ENV?: string } = process.env): void {
  // Next marks its server's own process; the configuration's env may be a copy without it.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || env.NODE_ENV === 'production') return
  // After onInit returns: Payload's cache then holds this instance, and getPayload({ cron: true }) starts its crons.
  setImmediate(() => {
    startJobRunner(async () => payload.config, env).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Could not start the jobs queue in the development server' }))
  })
}

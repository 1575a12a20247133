import fs from 'node:fs'

import type { Payload } from 'payload'

/** Which server wrote which sites, and when it held the sites folder (src/jobs/siteBuildLease.ts). */
export type SiteBuildRecord = { builtBy: string; builtFrom: string; builtUntil: string; siteNames: string[] }

/**
 * Tells who built what, when: one line in the server's log per rebuild, and, when
 * CHANCERY_SITE_BUILD_LOG names a file, one JSON line appended to it (every server on a machine
 * may share the file: each line is one append). The jobs' own records are deleted once done, so
 * this is where an operator, or the two-server test, reads the order of the builds.
 */
export function recordSiteBuild(payload: Payload, env: Record<string, string | undefined>, record: SiteBuildRecord): void {
  const ms = Date.parse(record.builtUntil) - Date.parse(record.builtFrom)
  payload.logger.info(`Rebuilt ${record.siteNames.join(', ') || 'no site'} in ${ms} ms (${record.builtBy})`)
  const file = env.CHANCERY_SITE_BUILD_LOG?.trim()
  if (!file) return
  try {
    fs.appendFileSync(file, `${JSON.stringify(record)}\n`)
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Could not append to CHANCERY_SITE_BUILD_LOG (${file}); the build itself is done` })
  }
}

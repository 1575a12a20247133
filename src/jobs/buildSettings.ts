import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cmsPublicUrl } from '../citizen/publicUrls'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Read: SITES_DIR, DATA_DIR, SITES_PUBLIC_URL, CMS_PUBLIC_URL, PORT, WEBSUB_HUB_URL (and CHANCERY_AUTORUN_JOBS for the jobs). */
export type SiteBuildEnv = Record<string, string | undefined>

/** Where a site build reads media from and writes to, and the addresses it writes into pages. */
export type SiteBuildSettings = {
  outDir: string
  mediaDir: string
  publicUrl: string | undefined
  /** Where the sites' forms post. */
  cmsUrl: string
  hubUrl: string | null
}

/**
 * The one answer to "where are things" for every build: the CLI, the live rebuild job and the
 * server that serves the result must agree, or a job writes where nobody serves. Relative paths
 * are taken from the project root, as createConfig does for DATA_DIR.
 */
export function siteBuildSettings(env: SiteBuildEnv = process.env, root: string = PROJECT_ROOT): SiteBuildSettings {
  const dataDir = path.resolve(root, env.DATA_DIR || 'data')
  return {
    outDir: path.resolve(root, env.SITES_DIR || path.join('dist', 'sites')),
    mediaDir: path.join(dataDir, 'media'),
    publicUrl: env.SITES_PUBLIC_URL || undefined,
    cmsUrl: cmsPublicUrl(env),
    hubUrl: env.WEBSUB_HUB_URL || null,
  }
}

/** The calendar date a build shows today's opening hours for (UTC, as the CLI does). */
export function buildDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

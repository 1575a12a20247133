/**
 * The production build `npm start` prepares for the next start. Next's development server
 * compiles the admin on its first request (half a minute and more on two cores) and evaluates
 * it again at every start; a production build is compiled once. So a start that finds the
 * build an earlier one prepared from the same sources serves it, and a start that finds none
 * serves the development server and, once the sites are generated, prepares one in the
 * background at low priority.
 */
import fs from 'node:fs'
import path from 'node:path'

import { appFingerprint } from '../config/appFingerprint'
import { withLock } from '../config/directoryLock'
import { nextBuildInHalves } from '../config/productionBuild'

/** Written last, holding the sources' fingerprint: a folder without it is a build cut off or under way. */
export const PREPARED_SOURCES = 'CHANCERY_PREPARED_SOURCES'

/** Beside Next's development folder (`.next` → `.next-production`), so each checkout or test start has its own. */
export const preparedBuildDir = (distDir: string): string => `${distDir}-production`

/** The prepared build's folder (relative to root, as NEXT_DIST_DIR takes it) when it was built from these sources; else null. */
export function readyPreparedBuild(root: string, distDir: string, fingerprint: string): string | null {
  const dir = preparedBuildDir(distDir)
  let sources: string
  try {
    sources = fs.readFileSync(path.join(root, dir, PREPARED_SOURCES), 'utf8').trim()
  } catch {
    return null
  }
  return sources === fingerprint && fs.existsSync(path.join(root, dir, 'BUILD_ID')) ? dir : null
}

export type StartServer = { server: 'production' | 'development'; prepareAfter: boolean }

/**
 * Which server a start runs. `--dev` asks for the development server (it recompiles what a
 * developer edits) and prepares nothing; otherwise a ready build is served, and without one
 * the development server runs while one is prepared for the next start.
 */
export function chooseStartServer(options: { dev: boolean; ready: boolean }): StartServer {
  if (options.dev) return { server: 'development', prepareAfter: false }
  return options.ready ? { server: 'production', prepareAfter: false } : { server: 'development', prepareAfter: true }
}

/**
 * Builds the app for production into the prepared build's folder (the old one removed first),
 * at the lowest priority. The build counts only if the sources did not change while it ran.
 */
export async function prepareBuild(root: string, distDir: string, log: (line: string) => void): Promise<'ready' | 'sources changed'> {
  const dir = preparedBuildDir(distDir)
  return withLock(path.join(root, `${dir}.lock`), async () => {
    const before = appFingerprint(root)
    if (readyPreparedBuild(root, distDir, before)) return 'ready'
    fs.rmSync(path.join(root, dir), { recursive: true, force: true, maxRetries: 5 })
    await nextBuildInHalves(root, dir, { name: `start-build-${process.pid}`, log, priority: 19 })
    const after = appFingerprint(root)
    if (after !== before) return 'sources changed'
    fs.writeFileSync(path.join(root, dir, PREPARED_SOURCES), `${after}\n`)
    return 'ready'
  })
}

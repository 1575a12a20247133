import fs from 'node:fs'
import path from 'node:path'

import { appFingerprint as fingerprintOf } from '../../src/config/appFingerprint'
import { withLock } from '../../src/config/directoryLock'
import { nextBuildInHalves } from '../../src/config/productionBuild'

/**
 * One production build of the app (`next build`) shared by every test that starts the server,
 * instead of a `next dev` per test file that compiles the admin and the routes all over again.
 *
 * The build is named after what went into it (the sources, the configuration, the lock file),
 * so a run reuses the build of an earlier run when nothing changed, and two runs on the same
 * checkout with different sources never serve or delete each other's build.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const PREFIX = '.next-test-build-'
/** Written once the build is complete; a folder without it is a build that was cut off. */
const DONE = 'CHANCERY_BUILD_COMPLETE'
/** Touched whenever a server starts from the build, so that old builds can be told from ones in use. */
const USED = 'CHANCERY_LAST_USED'
/** Builds of other sources unused for this long are deleted (about 0.5 GB each). */
const KEEP_UNUSED_MS = 60 * 60_000

/** A digest of every file the build reads: any change to the app gives another build folder. */
export const appFingerprint = (): string => fingerprintOf(ROOT)

export { withLock }

/** CPU time of this process's finished children (Linux's /proc), to tell a build's cost on a shared machine. */
function childrenCpuSeconds(): number | undefined {
  try {
    // Fields after the command's closing parenthesis; cutime and cstime are the 14th and 15th of them.
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return undefined
  }
}

/** The other builds in the project folder that no process is making now, most recently used first. */
function otherBuilds(current: string): { name: string; lastUsed: number }[] {
  return fs.readdirSync(ROOT)
    .filter((name) => name.startsWith(PREFIX) && name !== current && !name.endsWith('.lock') && !fs.existsSync(path.join(ROOT, `${name}.lock`)))
    .map((name) => ({ name, lastUsed: Math.max(...[USED, DONE].map((f) => fs.statSync(path.join(ROOT, name, f), { throwIfNoEntry: false })?.mtimeMs ?? 0)) }))
    .sort((a, b) => b.lastUsed - a.lastUsed)
}

/**
 * Turbopack keeps what it compiled in the build folder's cache/ and reuses it for what did not
 * change: the new build takes over the cache of the last one (a server never reads it).
 */
function takeOverCompileCache(distDir: string): void {
  const previous = otherBuilds(distDir).find(({ name }) => fs.existsSync(path.join(ROOT, name, 'cache')))
  if (!previous) return
  fs.mkdirSync(path.join(ROOT, distDir), { recursive: true })
  fs.renameSync(path.join(ROOT, previous.name, 'cache'), path.join(ROOT, distDir, 'cache'))
}

/** Deletes the builds of other sources nobody has served from for an hour. */
function pruneOldBuilds(keep: string): void {
  for (const { name, lastUsed } of otherBuilds(keep)) {
    if (Date.now() - lastUsed > KEEP_UNUSED_MS) fs.rmSync(path.join(ROOT, name), { recursive: true, force: true, maxRetries: 5 })
  }
}

/**
 * The production build of the current sources, made if there is none (a few minutes, most of
 * it on both cores), else the one already made. Returns its folder, relative to the project
 * root, as NEXT_DIST_DIR takes it. Safe to call from several processes at once: one builds,
 * the others wait for it.
 */
export async function ensureAppBuild(log: (line: string) => void = () => {}): Promise<string> {
  const chosen = process.env.CHANCERY_TEST_BUILD
  if (chosen) {
    // A build named by hand (e.g. to keep testing one build while editing): served as it is.
    if (!fs.existsSync(path.join(ROOT, chosen, 'BUILD_ID'))) throw new Error(`CHANCERY_TEST_BUILD: ${chosen} holds no finished next build (no BUILD_ID)`)
    return chosen
  }
  const distDir = `${PREFIX}${appFingerprint()}`
  const done = path.join(ROOT, distDir, DONE)
  if (!fs.existsSync(done)) {
    await withLock(path.join(ROOT, `${distDir}.lock`), async () => {
      if (fs.existsSync(done)) return
      fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
      takeOverCompileCache(distDir)
      const started = performance.now()
      const cpuBefore = childrenCpuSeconds()
      log(`Building the app once for the tests' servers (next build into ${distDir}) …`)
      await nextBuildInHalves(ROOT, distDir, { name: `test-build-${process.pid}`, log })
      fs.writeFileSync(done, new Date().toISOString())
      const cpu = cpuBefore === undefined ? '' : `, ${(childrenCpuSeconds()! - cpuBefore).toFixed(0)} s of CPU`
      log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s${cpu}.`)
    })
  }
  markUsed(distDir)
  pruneOldBuilds(distDir)
  return distDir
}

export function markUsed(distDir: string): void {
  fs.writeFileSync(path.join(ROOT, distDir, USED), new Date().toISOString())
}

/** Whether a test file starts the app's server: the runs that include one need the build. */
export function startsAppServer(file: string): boolean {
  try {
    const text = fs.readFileSync(file, 'utf8')
    return text.includes('startNextServer(') || text.includes('ensureAppBuild(')
  } catch {
    return false
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The build folder the run's servers serve, when the global setup made or found one. */
    chanceryAppBuild?: string
  }
}

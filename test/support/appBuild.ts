import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { productionBuildEnv } from '../../src/config/productionBuild'

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
/** Folders and files whose content decides what `next build` makes; tests are not part of the app. */
const INPUT_DIRS = ['src', 'collections', 'templates']
const INPUT_FILES = ['payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']
/** Written once the build is complete; a folder without it is a build that was cut off. */
const DONE = 'CHANCERY_BUILD_COMPLETE'
/** Touched whenever a server starts from the build, so that old builds can be told from ones in use. */
const USED = 'CHANCERY_LAST_USED'
/** Builds of other sources unused for this long are deleted (about 0.5 GB each). */
const KEEP_UNUSED_MS = 60 * 60_000

function inputFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(rel)
      else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) files.push(rel)
    }
  }
  for (const dir of INPUT_DIRS) walk(dir)
  return [...files.sort(), ...INPUT_FILES.filter((f) => fs.existsSync(path.join(ROOT, f)))]
}

/** A digest of every file the build reads: any change to the app gives another build folder. */
export function appFingerprint(): string {
  const hash = createHash('sha256')
  for (const file of inputFiles()) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(ROOT, file))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock between processes (vitest's forks, or two test runs): mkdir either creates or fails. */
export async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A holder that died (killed mid-build) leaves its lock behind.
      let holder = 0
      try { holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')) } catch { /* gone, or not written yet */ }
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if ((holder && !alive(holder)) || (!holder && age > 60_000)) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 1000))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

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

/** One `next build` step, its output kept for the error message. */
function nextBuildStep(mode: 'compile' | 'generate', env: NodeJS.ProcessEnv): Promise<string> {
  let output = ''
  return new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build', '--experimental-build-mode', mode], {
      cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`next build --experimental-build-mode ${mode} (the tests' app build) failed with exit code ${code}:\n${output.slice(-6000)}`))
    })
  })
}

/**
 * `next build` in its two halves, compile then generate, which is a whole build without the
 * type check Next runs between them: `npm test` has type-checked the project with tsc already,
 * and a type error in work in progress elsewhere should fail tsc, not every server test.
 */
async function runNextBuild(distDir: string, log: (line: string) => void): Promise<void> {
  // Next adds its build folder's types to the tsconfig it is given: a throwaway one, not the project's.
  const tsconfig = `tsconfig.test-build-${process.pid}.json`
  fs.writeFileSync(path.join(ROOT, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  // As `npm run build` builds (a build-only secret, a scratch data folder; src/config/productionBuild.ts).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-build-'))
  const env = productionBuildEnv({ ...process.env, PAYLOAD_SECRET: undefined, CHANCERY_BUILD_CACHE: 'off' }, { distDir, tsconfig, scratchDir: scratch })
  try {
    for (const mode of ['compile', 'generate'] as const) {
      const output = await nextBuildStep(mode, env)
      log(output.split('\n').filter((l) => /Compiled|Generating static pages .*in|filesystem cache/.test(l)).map((l) => `  ${mode}: ${l.trim()}`).join('\n'))
    }
  } finally {
    fs.rmSync(path.join(ROOT, tsconfig), { force: true })
    fs.rmSync(scratch, { recursive: true, force: true })
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
      await runNextBuild(distDir, log)
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
    return fs.readFileSync(file, 'utf8').includes('startNextServer(')
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

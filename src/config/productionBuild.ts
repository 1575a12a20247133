import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Stands in for PAYLOAD_SECRET while building: the build keeps no secret, the server is given its own. */
export const BUILD_ONLY_SECRET = 'chancery-build-only-secret-0123456789abcdef'

/**
 * The environment `next build` runs with. Collecting page data loads the Payload config, which
 * in production wants a secret and opens the database: the build gets a build-only secret unless
 * one is given, and a scratch data folder, so that building never opens (nor migrates) the
 * database the server will use. Next adds its build folder's types to the tsconfig it is given:
 * a throwaway one, not the project's.
 */
export function productionBuildEnv(env: NodeJS.ProcessEnv, build: { distDir: string; tsconfig: string; scratchDir: string }): NodeJS.ProcessEnv {
  return {
    ...env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: build.distDir,
    NEXT_TSCONFIG_PATH: build.tsconfig,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: env.PAYLOAD_SECRET || BUILD_ONLY_SECRET,
    DATA_DIR: build.scratchDir,
    DATABASE_URL: `file:${path.join(build.scratchDir, 'build-only.db')}`,
  }
}

/**
 * `next build` (type check included) into `distDir`, with a throwaway tsconfig and a scratch
 * data folder, both removed afterwards whatever happens. `stdio: 'errors'` shows only Next's errors.
 */
export function nextProductionBuild(root: string, distDir: string, options: { name: string; stdio: 'inherit' | 'errors' }): void {
  const tsconfig = `tsconfig.${options.name}.json`
  fs.writeFileSync(path.join(root, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-build-'))
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: root,
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
      env: productionBuildEnv(process.env, { distDir, tsconfig, scratchDir }),
    })
  } finally {
    fs.rmSync(path.join(root, tsconfig), { force: true })
    fs.rmSync(scratchDir, { recursive: true, force: true })
  }
}

/** One half of `next build`, its output kept for the error message. */
function nextBuildStep(root: string, mode: 'compile' | 'generate', env: NodeJS.ProcessEnv, priority: number): Promise<string> {
  let output = ''
  return new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build', '--experimental-build-mode', mode], {
      cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Before Next starts its workers, which inherit it.
    if (priority && child.pid) {
      try { os.setPriority(child.pid, priority) } catch { /* not allowed here: it builds at normal priority */ }
    }
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(output)
      else reject(new Error(`next build --experimental-build-mode ${mode} failed with ${signal ?? `exit code ${code}`}:\n${output.slice(-6000)}`))
    })
  })
}

/**
 * `next build` in its two halves, compile then generate, which is a whole build without the
 * type check Next runs between them: for builds made on the side (the tests' servers, the build
 * `npm start` prepares for the next start), where tsc checks the types and a type error in
 * work in progress should not stop the app from being served. `priority` is the build's nice
 * value (19: only what the machine leaves idle).
 */
export async function nextBuildInHalves(root: string, distDir: string, options: { name: string; log: (line: string) => void; priority?: number }): Promise<void> {
  const tsconfig = `tsconfig.${options.name}.json`
  fs.writeFileSync(path.join(root, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-build-'))
  // Turbopack's cache of the build would only cost time: such a build is never rebuilt in place.
  const env = productionBuildEnv({ ...process.env, PAYLOAD_SECRET: undefined, CHANCERY_BUILD_CACHE: 'off' }, { distDir, tsconfig, scratchDir })
  // A process stopped mid-build (Ctrl-C on npm start) leaves neither file behind.
  const cleanUp = () => {
    fs.rmSync(path.join(root, tsconfig), { force: true })
    fs.rmSync(scratchDir, { recursive: true, force: true })
  }
  process.once('exit', cleanUp)
  try {
    for (const mode of ['compile', 'generate'] as const) {
      const output = await nextBuildStep(root, mode, env, options.priority ?? 0)
      options.log(output.split('\n').filter((l) => /Compiled|Generating static pages .*in|filesystem cache/.test(l)).map((l) => `  ${mode}: ${l.trim()}`).join('\n'))
    }
  } finally {
    process.off('exit', cleanUp)
    cleanUp()
  }
}

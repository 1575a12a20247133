import { execFileSync } from 'node:child_process'
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

import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export type ScriptResult = { status: number | null; stdout: string; stderr: string }

/**
 * Runs one of scripts/ as `npm run` would (tsx), without blocking this process: a synchronous
 * spawn would stall the test worker long enough for vitest to lose touch with it.
 */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['--conditions=development', path.join(ROOT, 'scripts', script), ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    )
  })
}

import path from 'node:path'

/**
 * The folder the site generator writes to and the app serves from: `SITES_DIR`, relative
 * to the working directory (the project root under `npm start` and the test servers),
 * or `dist/sites`, the generator's own default.
 */
export function sitesDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.SITES_DIR || 'dist/sites')
}

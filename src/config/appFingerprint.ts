import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Folders and files whose content decides what `next build` makes; tests are not part of the app. */
const INPUT_DIRS = ['src', 'collections', 'templates']
const INPUT_FILES = ['payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']

function inputFiles(root: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(rel)
      else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) files.push(rel)
    }
  }
  for (const dir of INPUT_DIRS) walk(dir)
  return [...files.sort(), ...INPUT_FILES.filter((f) => fs.existsSync(path.join(root, f)))]
}

/**
 * A digest of every file a production build of the app reads: any change to the app gives
 * another digest. Names the tests' shared build and tells `npm start` whether the production
 * build it made earlier is still the app's.
 */
export function appFingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const file of inputFiles(root)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

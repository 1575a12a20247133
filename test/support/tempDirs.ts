import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

/**
 * A maker of fresh temporary folders for one test file, all removed when the file is done.
 * Call it at the top of the file (it registers the clean-up with vitest).
 */
export function tempDirs(prefix: string): () => string {
  const made: string[] = []
  afterAll(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}

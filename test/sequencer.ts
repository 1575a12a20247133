import fs from 'node:fs'
import path from 'node:path'

import { BaseSequencer, type TestSpecification } from 'vitest/node'

import { startsAppServer } from './support/appBuild'

/** Chromium from a test file: slower than a file without, quicker than one with a server. */
const launchesBrowser = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8').includes('launchChromium(')
  } catch {
    return false
  }
}

/**
 * Longest files first, so that two workers finish together instead of one running a
 * server-and-browser file alone at the end. A file's duration from the last run when vitest
 * remembers it; else a guess: files that start the app's server, then files with Chromium,
 * then the rest by size (a fresh clone has no record).
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx
    const expectedMs = (spec: TestSpecification) => {
      const known = cache.getFileTestResults(`${spec.project.name}:${path.relative(config.root, spec.moduleId)}`)
      if (known?.duration) return known.duration
      if (startsAppServer(spec.moduleId)) return 60_000
      if (launchesBrowser(spec.moduleId)) return 20_000
      return (cache.getFileStats(`${spec.project.name}:${path.relative(config.root, spec.moduleId)}`)?.size ?? 0) / 10
    }
    const expected = new Map(files.map((spec) => [spec, expectedMs(spec)]))
    return [...files].sort((a, b) => expected.get(b)! - expected.get(a)!)
  }
}

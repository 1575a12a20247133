import type { TestProject } from 'vitest/node'

import { ensureAppBuild, startsAppServer } from './support/appBuild'
import { removeRunTemplates, RUN_VARIABLE } from './support/runTemplates'

/**
 * Before any test file runs: when one of the files in this run starts the app's server, the
 * app is built for production once (or an earlier build of the same sources is reused), and
 * every server of the run serves that build (test/support/nextServer.ts). A run of unit tests
 * alone, or of integration files that start no server, builds nothing.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // The run's name, for what test files share within it (test/support/seededNetwork.ts); the
  // forks that run the files inherit it.
  const run = (process.env[RUN_VARIABLE] = `${Date.now().toString(36)}${process.pid}`)
  const teardown = () => removeRunTemplates(run)
  await prepareAppBuild(project)
  return teardown
}

async function prepareAppBuild(project: TestProject): Promise<void> {
  // `vitest list` only names the tests: no server starts.
  if (process.env.CHANCERY_TEST_SERVER === 'dev' || process.argv.slice(2).includes('list')) return
  let files: string[]
  try {
    // The files of this run (vitest's state API, marked experimental): unknown, each server builds lazily instead.
    files = project.vitest.state.getPaths()
  } catch {
    return
  }
  if (!files.some(startsAppServer)) return
  const build = await ensureAppBuild((line) => console.log(line))
  project.provide('chanceryAppBuild', build)
}

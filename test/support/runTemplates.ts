import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Set by test/globalSetup.ts for one `vitest run`; the forks that run the files inherit it. */
export const RUN_VARIABLE = 'CHANCERY_TEST_RUN'
const PREFIX = 'chancery-run-template-'

/** Where a template that lives as long as this run is kept; null outside a run. */
export function runTemplatePath(name: string): string | null {
  const run = process.env[RUN_VARIABLE]
  return run ? path.join(os.tmpdir(), `${PREFIX}${run}-${name}`) : null
}

/** Removes the templates of a run that has ended. */
export function removeRunTemplates(run: string): void {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (entry.startsWith(`${PREFIX}${run}-`)) fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true })
  }
}

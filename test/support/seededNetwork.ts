import fs from 'node:fs'
import path from 'node:path'

import { seedDemoNetwork, type SeedReport } from '../../src/seed'
import { appFingerprint } from './appBuild'
import { runTemplatePath } from './runTemplates'
import { makeDataDirTemplate, startTestPayload, type TestPayload } from './testPayload'

/** The demo users' passwords in every seeded copy. */
export const SEEDED_PASSWORDS = {
  'ministry-admin': 'admin-seeded-password-0001',
  'ministry-editor': 'editor-seeded-password-0002',
  'mission-editor': 'madrid-seeded-password-0003',
}

const REPORT = 'seed-report.json'

/**
 * A fresh copy of the demo network, seeded once per test run and copied for each file that
 * asks: seeding it (media derivatives included) took each of ten files 20 to 30 s. The seed's
 * dates are relative to when it ran, so a template serves one run only; outside a run (no
 * vitest run) every call seeds its own.
 */
export async function startSeededPayload(): Promise<TestPayload & { report: SeedReport }> {
  const templatePath = runTemplatePath(`seeded-${appFingerprint()}`)
  if (!templatePath) {
    const t = await startTestPayload()
    return { ...t, report: await seedDemoNetwork(t.payload, { passwords: SEEDED_PASSWORDS }) }
  }
  const template = await makeDataDirTemplate(templatePath, async (payload, dataDir) => {
    const report = await seedDemoNetwork(payload, { passwords: SEEDED_PASSWORDS })
    fs.writeFileSync(path.join(dataDir, REPORT), JSON.stringify(report))
  })
  const t = await startTestPayload({ copyOf: template })
  const report = JSON.parse(fs.readFileSync(path.join(t.dataDir, REPORT), 'utf8')) as SeedReport
  fs.rmSync(path.join(t.dataDir, REPORT))
  return { ...t, report }
}

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditReport } from '../../src/audit/types'
import { startTestPayload, TEST_SECRET, type TestPayload } from '../support/testPayload'
import { buildAuditFixture, NOW } from './auditFixture'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const SLOW = 180_000

let db: TestPayload

type Run = { code: number | null; stdout: string; stderr: string }

/** `npm run audit` as an operator runs it, against the test's database. */
function audit(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=development', 'scripts/audit.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.databaseUrl, DATA_DIR: db.dataDir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

beforeAll(async () => {
  db = await startTestPayload()
  await buildAuditFixture(db.payload)
  // Hand the database over to the command.
  await db.payload.destroy()
}, SLOW)

afterAll(() => {
  if (db) fs.rmSync(db.dataDir, { recursive: true, force: true })
})

describe('npm run audit', () => {
  it('--json prints one JSON object with the figures of the network', async () => {
    const run = await audit('--json', '--as-of', NOW.toISOString())
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as AuditReport
    expect(report.generatedAt).toBe(NOW.toISOString())
    expect(report.missions.map((m) => [m.slug, m.score])).toEqual([['bogota', 30], ['cairo', 61], ['madrid', 87], ['paris', 30]])
    expect(report.missions.find((m) => m.slug === 'madrid')!.releases).toMatchObject({ daysSinceLast: 2, perMonth: 1 })
    expect(report.network).toMatchObject({ missionsAudited: 4, closedMissionsSkipped: 1, publishedInLast30Days: 1, ministryGaps: [] })
    // The operator at the terminal holds the database: the citizens' figures are in, as figures only.
    expect(report.network.interaction.enquiries).toMatchObject({ received: 9, answered: 6, firstReplyHours: { median: 38, p90: 240 }, openOverdue: 2 })
    expect(run.stdout).not.toContain('Ana Secreta')
    expect(report.network.needsAttention.map((m) => m.slug)).toEqual(['bogota', 'paris', 'cairo', 'madrid'])
  }, SLOW)

  it('prints a readable table by default; --mission and --window narrow it', async () => {
    const run = await audit('--as-of', '2026-06-15T12:00:00Z', '--mission', 'cairo', '--mission', 'madrid', '--window', '120')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Presence audit as of 2026-06-15 12:00 UTC (releases per month, enquiries and survey answers over 120 days)')
    expect(run.stdout).toMatch(/Missions audited +2\n/)
    expect(run.stdout).toMatch(/Ministry-wide gaps +none\n/)
    expect(run.stdout).toMatch(/Reply promise +3 working days \(Monday to Friday, UTC\)\n/)
    expect(run.stdout).toMatch(/Answered within promise +71% \(5 of 7 due\)\n/)
    // Over 120 days Madrid's answer of 100 days ago is in: 5, 4, 4, 2, 1 and Cairo's 3.
    expect(run.stdout).toMatch(/Survey +6 answers, mean 3\.17 of 5, 50% resolved\n/)
    expect(run.stdout).toMatch(/1\. cairo \(score 60\): last press release 45 days ago;/)
    const rows = run.stdout.split('\n').filter((l) => /^ {2}(bogota|cairo|madrid|paris) /.test(l))
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['cairo', 'madrid'])
    // Four releases in 120 days: one a month.
    expect(rows[1]).toMatch(/^ {2}madrid +\d+ +es,en +– +2 d ago +1\.0 +2 +facebook×2 instagram x +7 +26\/240 +67% +2 +3\.2 \(5\) +–$/)
  }, SLOW)

  it('names an unknown mission and fails', async () => {
    const run = await audit('--mission', 'atlantis')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('audit failed: mission: no mission has the slug "atlantis"')
    expect(run.stdout).toBe('')
  }, SLOW)

  it('refuses bad options before touching the database, and explains itself with --help', async () => {
    const [window, asOf, unknown, help] = await Promise.all([audit('--window', 'ten'), audit('--as-of', 'yesterday'), audit('--colour'), audit('--help')])
    expect(window.code).toBe(1)
    expect(window.stderr).toContain('audit failed: --window: must be a whole number of days from 1 to 3650, got "ten"')
    expect(asOf.code).toBe(1)
    expect(asOf.stderr).toContain('--as-of: must be an ISO 8601 date')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/audit failed: Unknown option '--colour'.*\(see npm run audit -- --help\)/)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: npm run audit -- [--json] [--mission SLUG]... [--window DAYS] [--as-of DATE]')
  }, SLOW)
})

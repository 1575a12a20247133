import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SiteBuildLease } from '../../src/jobs/siteBuildLease'
import { ROOT } from '../backup/runScript'
import { createMission } from '../collections/helpers/missions'
import { TEST_SECRET, startTestPayload, type TestPayload } from '../support/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  await createMission(t.payload, 'lease-cli')
}, 240_000)

afterAll(async () => {
  await t?.close()
})

/** The command as npm runs it, with what it has printed so far readable while it runs. */
function buildSitesCli(outDir: string) {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=development', path.join(ROOT, 'scripts', 'build-sites.ts'), '--out', outDir], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = { stdout: '', stderr: '' }
  child.stdout.on('data', (d) => (output.stdout += d))
  child.stderr.on('data', (d) => (output.stderr += d))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  return { output, exited }
}

describe('npm run build:sites and the site build lease of the app servers', () => {
  it('waits while a server holds the lease, builds once it is released, and leaves the lease free with its generation moved on', async () => {
    const outDir = path.join(t.dataDir, 'sites')
    const server = new SiteBuildLease(t.payload)
    let released!: () => void
    const held = server.hold(() => new Promise<void>((resolve) => (released = resolve)))
    await expect.poll(async () => (await server.read())?.holder).toBe(server.holder)
    const before = (await server.read())!.generation

    const cli = buildSitesCli(outDir)
    await expect.poll(() => cli.output.stdout, { timeout: 120_000, interval: 200 }).toContain(`Waiting for the site build lease: ${server.holder} is building the sites`)
    // A few of its claims go by while the server builds: none may get through.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(fs.existsSync(path.join(outDir, 'lease-cli'))).toBe(false)
    released()
    await held

    expect(await cli.exited, cli.output.stderr).toBe(0)
    expect(cli.output.stdout).toMatch(/Done: 1 site\(s\)/)
    expect(fs.existsSync(path.join(outDir, 'lease-cli', 'es', 'index.html'))).toBe(true)
    const after = (await server.read())!
    expect(after.holder ?? null).toBeNull()
    expect(after.generation).toBe(before + 1)
  }, 180_000)
})

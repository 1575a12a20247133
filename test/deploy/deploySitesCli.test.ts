import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { startLocalS3 } from '../support/s3'
import { tempDirs } from '../support/tempDirs'
import { sitesWithHiddenFiles } from './deployScenario'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const made = tempDirs('chancery-deploy-cli-')
const fixtures: string[] = []
afterAll(() => fixtures.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

type Run = { code: number; stdout: string; stderr: string }

/** `npm run deploy:sites -- …` as an operator runs it (npm's own lines left out: the script itself). */
async function deploy(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=development', 'scripts/deploy-sites.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run deploy:sites', () => {
  it('explains itself with --help', async () => {
    const run = await deploy(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Usage: npm run deploy:sites -- --to TARGET/)
    expect(run.stdout).toMatch(/--dry-run/)
    expect(run.stdout).toMatch(/s3:\/\/BUCKET/)
  })

  it('refuses a missing or unknown target and an unknown option with a reason, changing nothing', async () => {
    const missing = await deploy([])
    expect([missing.code, missing.stderr.trim()]).toEqual([1, expect.stringMatching(/^deploy:sites failed: --to is required: a folder/)])
    const scheme = await deploy(['--to', 'ftp://host/sites'])
    expect([scheme.code, scheme.stderr]).toEqual([1, expect.stringMatching(/ftp:\/\/ is not a target deploy:sites knows/)])
    const option = await deploy(['--to', '/tmp/x', '--delete-everything'])
    expect([option.code, option.stderr]).toEqual([2, expect.stringMatching(/Unknown option '--delete-everything'.*see --help/)])
    const nowhere = await deploy(['--to', made(), '--sites', '/nonexistent/sites'])
    expect([nowhere.code, nowhere.stderr]).toEqual([1, expect.stringMatching(/sites folder \/nonexistent\/sites does not exist: build the sites first/)])
  })

  it('publishes to a folder with a summary, then says there is nothing to publish', { timeout: 60_000 }, async () => {
    const fx = sitesWithHiddenFiles()
    fixtures.push(fx.root)
    const target = path.join(made(), 'www')

    const dry = await deploy(['--to', `file://${target}`, '--dry-run'], { SITES_DIR: fx.out })
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/would upload madrid\/es\/index\.html/)
    expect(dry.stdout).toMatch(/Dry run: 22 file\(s\) would be uploaded .*, 0 unchanged, 0 would be deleted/)
    expect(fs.existsSync(target)).toBe(false)

    const first = await deploy(['--to', target], { SITES_DIR: fx.out })
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Done: 22 file\(s\) uploaded \([\d.]+ MB\), 0 unchanged, 0 deleted, in [\d.]+ s\./)
    expect(first.stderr).toMatch(/22\/22 files checked, 22 uploaded/)
    expect(fs.readFileSync(path.join(target, 'madrid', 'es', 'feed.xml'), 'utf8')).toContain('<title>Madrid</title>')

    const second = await deploy(['--to', target], { SITES_DIR: fx.out })
    expect(second.stdout).toMatch(/Nothing to publish: all 22 files are already at /)
  })

  it('publishes to a bucket with the S3_* variables, then says there is nothing to publish', { timeout: 60_000 }, async () => {
    const fx = sitesWithHiddenFiles()
    fixtures.push(fx.root)
    const s3 = await startLocalS3(['cli-sites'])
    try {
      const env = { ...s3.env, SITES_DIR: fx.out }
      const first = await deploy(['--to', 's3://cli-sites/network', '--list'], env)
      expect([first.code, first.stderr]).toEqual([0, expect.stringMatching(/22\/22 files checked, 22 uploaded/)])
      expect(first.stdout).toMatch(/^Publishing .* to s3:\/\/cli-sites\/network\/$/m)
      expect(first.stdout).toMatch(/^  upload madrid\/es\/feed\.xml$/m)
      expect((await s3.keys('cli-sites')).length).toBe(22)
      const second = await deploy(['--to', 's3://cli-sites/network'], env)
      expect(second.stdout).toMatch(/Nothing to publish: all 22 files are already at s3:\/\/cli-sites\/network\//)
      const wrongKey = await deploy(['--to', 's3://cli-sites/network'], { ...env, S3_ACCESS_KEY_ID: 'someone-else' })
      expect([wrongKey.code, wrongKey.stderr]).toEqual([1, expect.stringMatching(/^deploy:sites failed: Listing s3:\/\/cli-sites\/network\/ failed: The AWS Access Key Id you provided does not exist/m)])
    } finally {
      await s3.stop()
    }
  })
})

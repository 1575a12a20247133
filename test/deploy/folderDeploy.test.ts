import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { deploySites } from '../../src/deploy/deploySites'
import { FOLDER_MARK, folderDestination } from '../../src/deploy/folderDestination'
import { tempDirs } from '../support/tempDirs'
import { runDeployScenario, sitesWithHiddenFiles } from './deployScenario'

const made = tempDirs('chancery-deploy-folder-')
const fixtures: string[] = []
afterAll(() => fixtures.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

const sites = () => {
  const fx = sitesWithHiddenFiles()
  fixtures.push(fx.root)
  return fx
}

/** Every file under a folder, dot-files included, as path → bytes. */
function everything(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  const walk = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const p = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(folder, entry.name), p)
      else found.set(p, fs.readFileSync(path.join(folder, entry.name)))
    }
  }
  if (fs.existsSync(dir)) walk(dir, '')
  return found
}

describe('deploy:sites to a folder', () => {
  it('publishes only what changed, deletes removed pages after the uploads, and a second run uploads nothing', async () => {
    const fx = sites()
    const target = path.join(made(), 'www')
    await runDeployScenario(fx, () => folderDestination(target, { sitesDir: fx.out }), async () => everything(target))
    // The folder's emptied subfolders go with the deleted page.
    expect(fs.existsSync(path.join(target, 'madrid', 'es', 'news', 'visado-nuevo'))).toBe(false)
    expect(fs.existsSync(path.join(target, FOLDER_MARK))).toBe(true)
  })

  it('uploads a file changed by hand at the target again, compared by content even at the same size', async () => {
    const fx = sites()
    const target = made()
    await deploySites({ sitesDir: fx.out, destination: folderDestination(target, { sitesDir: fx.out }) })
    const page = path.join(target, 'madrid', 'es', 'index.html')
    const original = fs.readFileSync(page, 'utf8')
    fs.writeFileSync(page, original.replace('Madrid', 'Mad1id'))
    const repaired = await deploySites({ sitesDir: fx.out, destination: folderDestination(target, { sitesDir: fx.out }) })
    expect(repaired.uploadedPaths).toEqual(['madrid/es/index.html'])
    expect(fs.readFileSync(page, 'utf8')).toBe(original)
  })

  it('refuses a folder with files that was never deployed to, unless forced, and then deletes its strangers', async () => {
    const fx = sites()
    const target = made()
    fs.writeFileSync(path.join(target, 'thesis.docx'), 'years of work')
    expect(() => folderDestination(target, { sitesDir: fx.out })).toThrow(/is not empty and was never deployed to .*--force/)
    expect(fs.existsSync(path.join(target, 'thesis.docx'))).toBe(true)
    const taken = await deploySites({ sitesDir: fx.out, destination: folderDestination(target, { sitesDir: fx.out, force: true }) })
    expect(taken.deletedPaths).toEqual(['thesis.docx'])
    // Marked now: the next deploy needs no --force.
    expect(() => folderDestination(target, { sitesDir: fx.out })).not.toThrow()
  })

  it('marks a folder taken over even when every file was already in place', async () => {
    const fx = sites()
    const first = made()
    await deploySites({ sitesDir: fx.out, destination: folderDestination(first, { sitesDir: fx.out }) })
    const copy = made()
    fs.cpSync(first, copy, { recursive: true, filter: (src) => path.basename(src) !== FOLDER_MARK })
    expect(() => folderDestination(copy, { sitesDir: fx.out })).toThrow(/never deployed to/)
    // A dry run changes nothing, the mark included.
    folderDestination(copy, { sitesDir: fx.out, force: true, dryRun: true })
    expect(fs.existsSync(path.join(copy, FOLDER_MARK))).toBe(false)
    const taken = await deploySites({ sitesDir: fx.out, destination: folderDestination(copy, { sitesDir: fx.out, force: true }) })
    expect([taken.uploaded, taken.deleted]).toEqual([0, 0])
    expect(() => folderDestination(copy, { sitesDir: fx.out })).not.toThrow()
  })

  it('refuses a folder inside the sites folder or containing it', () => {
    const fx = sites()
    expect(() => folderDestination(path.join(fx.out, 'copy'), { sitesDir: fx.out })).toThrow(/overlaps the sites folder/)
    expect(() => folderDestination(fx.root, { sitesDir: fx.out, force: true })).toThrow(/overlaps the sites folder/)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { appFingerprint } from '../config/appFingerprint'
import { chooseStartServer, PREPARED_SOURCES, preparedBuildDir, readyPreparedBuild } from './preparedBuild'

const dirs: string[] = []
/** A project folder with a few sources, as appFingerprint reads them. */
const project = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-prepared-'))
  dirs.push(root)
  for (const dir of ['src', 'collections', 'templates']) fs.mkdirSync(path.join(root, dir))
  fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1\n')
  fs.writeFileSync(path.join(root, 'collections', 'Missions.ts'), 'export const Missions = {}\n')
  fs.writeFileSync(path.join(root, 'package.json'), '{}\n')
  return root
}
/** A finished build in the prepared folder, stamped with the given sources. */
const prepared = (root: string, distDir: string, sources: string | null) => {
  const dir = path.join(root, preparedBuildDir(distDir))
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'abc')
  if (sources !== null) fs.writeFileSync(path.join(dir, PREPARED_SOURCES), `${sources}\n`)
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the build npm start prepares for the next start', () => {
  it('lives beside the development folder, so that each start folder has its own', () => {
    expect(preparedBuildDir('.next')).toBe('.next-production')
    expect(preparedBuildDir('.next-start-4000')).toBe('.next-start-4000-production')
  })

  it('is served only when it was built from the sources as they are now', () => {
    const root = project()
    prepared(root, '.next', appFingerprint(root))
    expect(readyPreparedBuild(root, '.next', appFingerprint(root))).toBe('.next-production')

    fs.writeFileSync(path.join(root, 'collections', 'Missions.ts'), 'export const Missions = { changed: true }\n')
    expect(readyPreparedBuild(root, '.next', appFingerprint(root)), 'a collection changed since the build').toBeNull()
  })

  it('is not served while it is being built or after a build was cut off (no stamp, or no BUILD_ID)', () => {
    const root = project()
    prepared(root, '.next', null)
    expect(readyPreparedBuild(root, '.next', appFingerprint(root))).toBeNull()
    fs.writeFileSync(path.join(root, '.next-production', PREPARED_SOURCES), appFingerprint(root))
    fs.rmSync(path.join(root, '.next-production', 'BUILD_ID'))
    expect(readyPreparedBuild(root, '.next', appFingerprint(root))).toBeNull()
    expect(readyPreparedBuild(root, '.next-other', appFingerprint(root)), 'no folder at all').toBeNull()
  })

  it('does not depend on the tests, which are not part of the app', () => {
    const root = project()
    const before = appFingerprint(root)
    fs.writeFileSync(path.join(root, 'src', 'a.test.ts'), 'it("x", () => {})\n')
    expect(appFingerprint(root)).toBe(before)
    fs.writeFileSync(path.join(root, 'templates', 'page.ts'), 'export const page = 1\n')
    expect(appFingerprint(root)).not.toBe(before)
  })
})

describe('the server a start runs', () => {
  it('is the prepared build when one is ready, and nothing is prepared then', () => {
    expect(chooseStartServer({ dev: false, ready: true })).toEqual({ server: 'production', prepareAfter: false })
  })

  it('is the development server without a ready build, which is prepared for the next start', () => {
    expect(chooseStartServer({ dev: false, ready: false })).toEqual({ server: 'development', prepareAfter: true })
  })

  it('is always the development server with --dev, which prepares nothing', () => {
    expect(chooseStartServer({ dev: true, ready: true })).toEqual({ server: 'development', prepareAfter: false })
    expect(chooseStartServer({ dev: true, ready: false })).toEqual({ server: 'development', prepareAfter: false })
  })
})

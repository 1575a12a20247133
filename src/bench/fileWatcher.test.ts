import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { tempDirs } from '../../test/support/tempDirs'
import { startFileWatcher } from './fileWatcher'

const makeDir = tempDirs('chancery-watcher-')
const watcher = startFileWatcher()
afterAll(() => watcher.stop())

describe('startFileWatcher', () => {
  it('reports when a file appears, on this thread’s clock, even while this thread is busy', async () => {
    const file = path.join(makeDir(), 'index.html')
    const seen = watcher.appears(file)
    await new Promise((resolve) => setTimeout(resolve, 30))
    const created = performance.now()
    fs.writeFileSync(file, 'x')
    // A long synchronous stretch after the write, as the rebuild job's ministry site is.
    while (performance.now() - created < 1000);
    const busyUntil = performance.now()
    const at = await seen
    expect(at).not.toBeNull()
    expect(at!).toBeGreaterThanOrEqual(created - 1)
    expect(at!).toBeLessThan(busyUntil)
  })

  it('reports null for a file that does not appear in time', async () => {
    expect(await watcher.appears(path.join(makeDir(), 'never.html'), 50)).toBeNull()
  })
})

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
    await seen.watching
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

  it('is woken by the swap of a site’s folder link, as a build publishes a site, without polling', async () => {
    const out = makeDir()
    for (const copy of ['a', 'b']) fs.mkdirSync(path.join(out, copy, 'news', 'release'), { recursive: true })
    fs.symlinkSync('a', path.join(out, 'site'))
    const page = path.join(out, 'site', 'news', 'release', 'index.html')
    // Polling once a minute: only the kernel's notice can find the page in time.
    const seen = watcher.appears(page, { root: out, timeoutMs: 5_000, pollMs: 60_000 })
    await seen.watching
    fs.writeFileSync(path.join(out, 'b', 'news', 'release', 'index.html'), 'x')
    fs.symlinkSync('b', path.join(out, 'site.next'))
    const swapped = performance.now()
    fs.renameSync(path.join(out, 'site.next'), path.join(out, 'site'))
    const at = await seen
    expect(at).not.toBeNull()
    expect(at!).toBeGreaterThanOrEqual(swapped - 1)
    expect(at! - swapped).toBeLessThan(1_000)
  })

  it('finds a file in a folder made after the question, watching folders as they appear', async () => {
    const dir = makeDir()
    const file = path.join(dir, 'news', 'release', 'index.html')
    const seen = watcher.appears(file, { root: dir, timeoutMs: 5_000, pollMs: 60_000 })
    await seen.watching
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await new Promise((resolve) => setTimeout(resolve, 30))
    const created = performance.now()
    fs.writeFileSync(file, 'x')
    const at = await seen
    expect(at).not.toBeNull()
    expect(at!).toBeGreaterThanOrEqual(created - 1)
    expect(at! - created).toBeLessThan(1_000)
  })

  it('reports null for a file that does not appear in time', async () => {
    expect(await watcher.appears(path.join(makeDir(), 'never.html'), { timeoutMs: 50 })).toBeNull()
  })
})

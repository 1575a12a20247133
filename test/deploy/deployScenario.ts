import fs from 'node:fs'
import path from 'node:path'

import { expect } from 'vitest'

import { writeSite } from '../../src/build/siteWriter'
import type { Destination } from '../../src/deploy/destination'
import { deploySites } from '../../src/deploy/deploySites'
import { listPublishable } from '../../src/deploy/publishable'
import { createSitesFixture, file, madridFiles, type SitesFixture } from '../server/siteFixture'

/** Everything at a destination, hidden files included, as path → bytes (read past the destination's own listing). */
export type Snapshot = () => Promise<Map<string, Buffer>>

/** A destination that records, in order, every file put and every batch removed. */
export function recording(destination: Destination): { destination: Destination; calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    destination: {
      concurrency: destination.concurrency,
      list: () => destination.list(),
      put: async (p, bytes, headers, md5) => {
        await destination.put(p, bytes, headers, md5)
        calls.push(`put ${p}`)
      },
      remove: async (paths) => {
        calls.push(`remove ${paths.join(' ')}`)
        await destination.remove(paths)
      },
    },
  }
}

/** The sites folder with build state and stray dot-files that must never leave it. */
export function sitesWithHiddenFiles(): SitesFixture {
  const fx = createSitesFixture()
  fs.writeFileSync(path.join(fx.out, 'madrid', 'es', '.DS_Store'), 'finder')
  fs.writeFileSync(path.join(fx.out, '.env'), 'SECRET=1')
  return fx
}

/** What the sites folder publishes, as path → bytes. */
export function publishedBytes(sitesDir: string): Map<string, Buffer> {
  return new Map(listPublishable(sitesDir).map((f) => [f.path, fs.readFileSync(f.file)]))
}

/**
 * The behaviour every target must have, run against a fresh one: a first deploy publishes
 * exactly the sites (no build state, no dot-file); a second uploads nothing; after a rebuild
 * that changes one page and removes another, only that page is uploaded and the removed one is
 * deleted after every upload; a dry run changes nothing.
 */
export async function runDeployScenario(fx: SitesFixture, open: () => Destination, snapshot: Snapshot): Promise<void> {
  const expected = publishedBytes(fx.out)
  expect(expected.size).toBe(fx.madridFiles.length + 2)

  const first = await deploySites({ sitesDir: fx.out, destination: open() })
  expect(first.uploaded).toBe(expected.size)
  expect(first.deleted).toBe(0)
  expect(first.uploadedBytes).toBe([...expected.values()].reduce((sum, b) => sum + b.length, 0))
  const afterFirst = await snapshot()
  expect(new Map([...afterFirst].filter(([p]) => !p.startsWith('.chancery-sites')))).toEqual(expected)
  expect([...afterFirst.keys()].filter((p) => p.includes('.chancery/') || p.split('/').some((s) => s.startsWith('.') && s !== '.chancery-sites'))).toEqual([])

  const second = await deploySites({ sitesDir: fx.out, destination: open() })
  expect([second.uploaded, second.deleted, second.unchanged]).toEqual([0, 0, expected.size])

  // A rebuild: the home page's title changes, one news page is unpublished, an image is added,
  // and the feed announces the change.
  const files = madridFiles('Embajada de España en Madrid')
    .filter((f) => f.path !== 'es/news/visado-nuevo/index.html')
    .map((f) => (f.path === 'es/feed.xml' ? file('es/feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Madrid</title><item><title>Nueva sede</title></item></channel></rss>') : f))
    .concat(file('assets/media/new.webp', new Uint8Array([0x52, 0x49, 0x46, 0x46, 9, 9])))
  writeSite(fx.out, { site: 'madrid', files })

  const dry = recording(open())
  const preview = await deploySites({ sitesDir: fx.out, destination: dry.destination, dryRun: true })
  expect([preview.uploadedPaths.sort(), preview.deletedPaths]).toEqual([['madrid/assets/media/new.webp', 'madrid/es/feed.xml', 'madrid/es/index.html'], ['madrid/es/news/visado-nuevo/index.html']])
  expect(dry.calls).toEqual([])
  expect(await snapshot()).toEqual(afterFirst)

  const rebuilt = recording(open())
  const third = await deploySites({ sitesDir: fx.out, destination: rebuilt.destination })
  // The image first, the page that shows it next, the feed that announces it after, the removed page last of all.
  expect(rebuilt.calls).toEqual(['put madrid/assets/media/new.webp', 'put madrid/es/index.html', 'put madrid/es/feed.xml', 'remove madrid/es/news/visado-nuevo/index.html'])
  expect([third.uploaded, third.deleted, third.unchanged]).toEqual([3, 1, expected.size - 3])
  const afterThird = await snapshot()
  expect(afterThird.get('madrid/es/index.html')?.toString()).toContain('Embajada de España en Madrid')
  expect(afterThird.has('madrid/es/news/visado-nuevo/index.html')).toBe(false)
  expect(new Map([...afterThird].filter(([p]) => !p.startsWith('.chancery-sites')))).toEqual(publishedBytes(fx.out))

  const fourth = await deploySites({ sitesDir: fx.out, destination: open() })
  expect([fourth.uploaded, fourth.deleted]).toEqual([0, 0])
}

import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeSite } from '../build/siteWriter'
import { tempDirs } from '../../test/support/tempDirs'
import { measureFileSystemFloor } from './fileSystemFloor'

const makeDir = tempDirs('chancery-floor-')

function sizes(root: string): Record<string, number> {
  const found: Record<string, number> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else found[path.relative(root, full)] = fs.statSync(full).size
    }
  }
  walk(root)
  return found
}

describe('measureFileSystemFloor', () => {
  it('writes every file of the live sites again, same paths and sizes, and times only that', () => {
    const out = makeDir()
    const scratch = path.join(makeDir(), 'floor')
    const file = (p: string, contents: string) => ({ path: p, contents, source: p })
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola'), file('es/news/a/index.html', 'noticia'.repeat(300))] })
    writeSite(out, { site: 'paris', files: [file('fr/index.html', 'bonjour'), file('fr/feed.json', '{}')] })
    // A second version of a site: only the live copy counts, not the standby.
    writeSite(out, { site: 'paris', files: [file('fr/index.html', 'salut')] })

    const started = process.cpuUsage()
    const floor = measureFileSystemFloor(out, scratch)
    const used = process.cpuUsage(started)

    expect(sizes(scratch)).toEqual({ 'madrid/es/index.html': 4, 'madrid/es/news/a/index.html': 2100, 'paris/fr/index.html': 5 })
    expect(floor).toMatchObject({ files: 3, bytes: 2109 })
    expect(floor.seconds).toBeGreaterThan(0)
    expect(floor.filesPerSecond).toBeCloseTo(3 / floor.seconds)
    // Its own CPU time, not the process's since it started.
    expect(floor.cpuSeconds).toBeGreaterThan(0)
    expect(floor.cpuSeconds).toBeLessThanOrEqual((used.user + used.system) / 1e6)
    expect(floor.systemCpuSeconds).toBeLessThanOrEqual(floor.cpuSeconds)
  })
})

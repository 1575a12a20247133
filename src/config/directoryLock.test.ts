import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { withLock } from './directoryLock'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-lock-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('a lock between processes', () => {
  it('lets one holder in at a time, in turn', async () => {
    const lock = path.join(tempDir(), 'build.lock')
    const order: string[] = []
    const hold = (name: string) => withLock(lock, async () => {
      order.push(`${name} in`)
      await new Promise((resolve) => setTimeout(resolve, 50))
      order.push(`${name} out`)
    })
    await Promise.all([hold('a'), hold('b')])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out'])
    expect(fs.existsSync(lock)).toBe(false)
  })

  it('is released when its holder exits while holding it (npm start stopped mid-build)', () => {
    const lock = path.join(tempDir(), 'build.lock')
    const script = `import { withLock } from ${JSON.stringify(path.resolve(import.meta.dirname, 'directoryLock.ts'))}
      await withLock(${JSON.stringify(lock)}, async () => { process.exit(3) })`
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(child.status, child.stderr).toBe(3)
    expect(fs.existsSync(lock)).toBe(false)
  })

  it('is taken over from a holder that died without releasing it', async () => {
    const lock = path.join(tempDir(), 'build.lock')
    fs.mkdirSync(lock)
    fs.writeFileSync(path.join(lock, 'pid'), '999999999')
    expect(await withLock(lock, async () => 'in')).toBe('in')
  })
})

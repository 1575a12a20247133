import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { printDemoLogins } from './printDemoLogins'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-logins-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

describe('printDemoLogins', () => {
  it('prints the new logins and saves them readable by the owner only', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'demo-logins.txt'), 'old', { mode: 0o644 })
    let printed = ''
    const file = printDemoLogins([{ role: 'ministry-admin', email: 'admin@chancery.example', password: 'p4ss-word-0123456789' }], dir, (t) => (printed += t))
    expect(file).toBe(path.join(dir, 'demo-logins.txt'))
    expect(fs.readFileSync(file!, 'utf8')).toContain('admin@chancery.example  p4ss-word-0123456789  (ministry-admin)')
    expect(fs.statSync(file!).mode & 0o777).toBe(0o600)
    expect(printed).toContain('p4ss-word-0123456789')
    expect(printed).toContain(file!)
  })

  it('prints and writes nothing when no user was created', () => {
    const dir = tempDir()
    let printed = ''
    expect(printDemoLogins([], dir, (t) => (printed += t))).toBeNull()
    expect(printed).toBe('')
    expect(fs.existsSync(path.join(dir, 'demo-logins.txt'))).toBe(false)
  })
})

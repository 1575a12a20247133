import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { closeStartGate, gateHeld, passStartGate, START_GATE_ENV } from './startGate'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-gate-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the start gate', () => {
  it('holds the server until the start opens it, and opens once only', async () => {
    const gate = closeStartGate(tempDir())
    const file = gate.env[START_GATE_ENV]
    expect(gateHeld(file)).toBe(true)
    let passed = false
    const waiting = passStartGate(gate.env, 10).then(() => (passed = true))
    await new Promise((r) => setTimeout(r, 80))
    expect(passed).toBe(false)
    gate.open()
    await waiting
    expect(passed).toBe(true)
    expect(fs.existsSync(file)).toBe(false)
    expect(() => gate.open()).not.toThrow()
  })

  it('lets the server through when the start that closed it has died', async () => {
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise((r) => child.once('exit', r))
    const gate = closeStartGate(tempDir(), child.pid!)
    expect(gateHeld(gate.env[START_GATE_ENV])).toBe(false)
    await passStartGate(gate.env, 10)
    gate.open()
  })

  it('is no gate at all without the variable, or once its file is gone', async () => {
    await passStartGate({}, 10)
    await passStartGate({ [START_GATE_ENV]: path.join(tempDir(), 'none.gate') }, 10)
    expect(gateHeld(path.join(tempDir(), 'none.gate'))).toBe(false)
  })
})

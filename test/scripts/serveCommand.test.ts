import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const FIXTURE = 'test/scripts/fixtures/busyWhenSignalled.ts'

/** Runs the fixture with the given command and arguments, sends SIGTERM once it is ready, and returns how it ended. */
function signalWhenReady(command: string, args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  const child = spawn(command, [...args, FIXTURE], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr.on('data', (d) => (output += d))
  child.stdout.on('data', (d) => {
    output += d
    // To the process the supervisor started, as systemd or Docker sends it.
    if (output.includes('ready\n') && !output.includes('signalled')) {
      output += 'signalled\n'
      // Once its first busy slice is under way.
      setTimeout(() => child.kill('SIGTERM'), 500)
    }
  })
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })))
}

describe('the command npm run serve runs', () => {
  it('is Node with the tsx loader, not the tsx command', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>
    expect(scripts.serve).toBe('node --import tsx scripts/serve.ts')
  })

  it('lets a server that is busy when SIGTERM comes run its stop to the end', async () => {
    const ended = await signalWhenReady(process.execPath, ['--import', 'tsx'])
    expect(ended.output).toContain('stopped')
    expect([ended.code, ended.signal]).toEqual([0, null])
  }, 30_000)

  it('(why: under the tsx command, the same server is killed before its stop has run)', async () => {
    const ended = await signalWhenReady(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [])
    expect(ended.output).not.toContain('stopped')
    expect(ended.code).not.toBe(0)
  }, 30_000)
})

import { spawn } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { groupAlive, stopLikeCtrlC } from './processGroup'

/** A Node process leading its own group, ready once it has said so; it ignores SIGINT when asked to. */
async function groupLeader(ignoreSigint: boolean) {
  const script = `${ignoreSigint ? "process.on('SIGINT', () => {});" : ''} setInterval(() => {}, 1000); console.log('ready')`
  const child = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] })
  await new Promise((resolve) => child.stdout.once('data', resolve))
  return child
}

describe('stopLikeCtrlC', () => {
  it('lets a group that stops on SIGINT end by itself', async () => {
    const child = await groupLeader(false)
    expect(groupAlive(child.pid!)).toBe(true)
    expect(await stopLikeCtrlC(child.pid!, 5_000)).toBe(true)
    expect(groupAlive(child.pid!)).toBe(false)
  })

  it('kills a group that is still running once the grace is over', async () => {
    const child = await groupLeader(true)
    const ended = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
    expect(await stopLikeCtrlC(child.pid!, 500)).toBe(false)
    expect(await ended).toBe('SIGKILL')
  })
})

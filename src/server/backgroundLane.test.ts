import { describe, expect, it } from 'vitest'

import { answering, backgroundLane, lanesIdle, laneNamed } from './backgroundLane'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('backgroundLane', () => {
  it('runs one task at a time, in the order they were queued', async () => {
    const lane = backgroundLane()
    const log: string[] = []
    let inFlight = 0
    let most = 0
    for (const name of ['a', 'b', 'c']) {
      lane.run(async () => {
        inFlight += 1
        most = Math.max(most, inFlight)
        log.push(`start ${name}`)
        await tick()
        await tick()
        log.push(`end ${name}`)
        inFlight -= 1
      })
    }
    await lane.idle()
    expect(most).toBe(1)
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })

  it('lets a request that arrives meanwhile run between two tasks', async () => {
    const lane = backgroundLane()
    const log: string[] = []
    lane.run(async () => void log.push('mail 1'))
    lane.run(async () => void log.push('mail 2'))
    setImmediate(() => log.push('request'))
    await lane.idle()
    expect(log.indexOf('request')).toBeLessThan(log.indexOf('mail 2'))
  })

  it('starts a task only once no visitor\'s request is being answered', async () => {
    const lane = backgroundLane()
    let finish!: () => void
    const answered = answering(new Promise<void>((resolve) => (finish = resolve)))
    let ran = false
    lane.run(async () => void (ran = true))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(ran).toBe(false)
    finish()
    await answered
    await lane.idle()
    expect(ran).toBe(true)
  })

  it('under requests that never stop, still runs its tasks, a fraction of a second late', async () => {
    const lane = backgroundLane()
    const endless = answering(new Promise<void>((resolve) => setTimeout(resolve, 1_200)))
    const queued = performance.now()
    lane.run(async () => undefined)
    await lane.idle()
    const waited = performance.now() - queued
    expect(waited).toBeGreaterThan(200)
    expect(waited).toBeLessThan(1_100)
    await endless
  })

  it('goes on after a task that fails', async () => {
    const lane = backgroundLane()
    const done: string[] = []
    lane.run(async () => {
      throw new Error('refused')
    })
    lane.run(async () => void done.push('second'))
    await lane.idle()
    expect(done).toEqual(['second'])
    expect(lane.waiting).toBe(0)
  })

  it('is idle at once when nothing was queued', async () => {
    await expect(backgroundLane().idle()).resolves.toBeUndefined()
  })

  it('tells a stopping server whether the backlog finished in time', async () => {
    const lane = laneNamed('test-slow')
    lane.run(() => new Promise((resolve) => setTimeout(resolve, 200)))
    expect(await lanesIdle(20)).toBe(false)
    expect(await lanesIdle(2_000)).toBe(true)
  })
})

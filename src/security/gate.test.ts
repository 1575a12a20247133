import { describe, expect, it } from 'vitest'

import { Gate } from './gate'

describe('Gate', () => {
  it('admits up to its concurrency, then queues in order, passing each freed slot on', async () => {
    const gate = new Gate(2, 10, 5_000)
    const a = await gate.enter()
    const b = await gate.enter()
    const order: string[] = []
    const c = gate.enter().then((release) => (order.push('c'), release))
    const d = gate.enter().then((release) => (order.push('d'), release))
    expect(gate.load).toEqual({ running: 2, waiting: 2 })
    a!()
    a!() // twice is once
    ;(await c)!()
    b!()
    ;(await d)!()
    expect(order).toEqual(['c', 'd'])
    expect(gate.load).toEqual({ running: 0, waiting: 0 })
  })

  it('refuses at once when the queue is full, and after the longest wait', async () => {
    const gate = new Gate(1, 1, 50)
    const held = await gate.enter()
    const waiting = gate.enter()
    expect(await gate.enter()).toBeNull()
    expect(await waiting).toBeNull()
    held!()
    expect(gate.load).toEqual({ running: 0, waiting: 0 })
  })

  it('rests a freed slot for its holding time times the ratio before the next holder gets it', async () => {
    const gate = new Gate(1, 10, 5_000, 1)
    const held = await gate.enter()
    await new Promise((r) => setTimeout(r, 60))
    const next = gate.enter()
    const freedAt = performance.now()
    held!()
    expect(gate.load).toEqual({ running: 1, waiting: 1 })
    const release = await next
    expect(performance.now() - freedAt).toBeGreaterThanOrEqual(55)
    release!()
    await new Promise((r) => setTimeout(r, 5))
    expect(gate.load).toEqual({ running: 0, waiting: 0 })
  })
})

import { describe, expect, it } from 'vitest'

import { checkCapacity, runLoad, runLoadAtRate, summariseBookings } from './appointmentLoad'

describe('appointment load', () => {
  it('asks for each slot\'s places together, with the given number in flight', async () => {
    let inFlight = 0
    let most = 0
    const asked: string[] = []
    await runLoad({ clients: 3, total: 7, slots: ['a', 'b'], places: 2, runId: 'r' }, async (_i, slot) => {
      asked.push(slot)
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, 1))
      inFlight -= 1
      return { outcome: 'booked', ms: 1, reference: null }
    })
    expect(asked).toEqual(['a', 'a', 'b', 'b', 'a', 'a', 'b'])
    expect(most).toBe(3)
  })

  it('at a rate, sends each request when it is due even while earlier ones are unanswered, and counts a late start in its time', async () => {
    const starts: number[] = []
    let inFlight = 0
    let most = 0
    const t0 = performance.now()
    const results = await runLoadAtRate({ total: 10, slots: ['a'], places: 1, runId: 'r' }, 200, async () => {
      starts.push(performance.now() - t0)
      most = Math.max(most, ++inFlight)
      // Each answer takes 40 ms, eight times the 5 ms between requests.
      await new Promise((r) => setTimeout(r, 40))
      inFlight -= 1
      return { outcome: 'booked', ms: 40, reference: null }
    })
    expect(most).toBeGreaterThanOrEqual(5)
    expect(starts.at(-1)!).toBeGreaterThanOrEqual(44)
    expect(starts.at(-1)!).toBeLessThan(200)
    for (const r of results) expect(r.ms).toBeGreaterThanOrEqual(40)
  })

  it('summarises bookings and refusals', () => {
    const s = summariseBookings([{ outcome: 'booked', ms: 10, reference: 'X' }, { outcome: '409', ms: 30, reference: null }], 2)
    expect(s).toMatchObject({ requests: 2, booked: 1, refused: { 409: 1 }, bookingsPerSecond: 0.5, p50: 10, p95: 30 })
  })

  it('finds a slot over its places, a place held twice, and acknowledged bookings missing', () => {
    const at = '2027-01-07T08:00:00.000Z'
    const ok = checkCapacity([{ outcome: 'booked', ms: 1, reference: 'A' }], [{ reference: 'A', slotStart: at, place: 1, status: 'booked' }], 2)
    expect(ok).toEqual({ acknowledged: 1, stored: 1, missing: 0, twice: 0, overBooked: 0, slotsUsed: 1, fullestSlot: 1 })
    const rows = (places: number[]) => places.map((place, i) => ({ reference: `R${i}`, slotStart: at, place, status: 'booked' }))
    expect(checkCapacity([], rows([1, 2, 3]), 2).overBooked).toBe(1)
    expect(checkCapacity([], rows([1, 1]), 2).overBooked).toBe(1)
    expect(checkCapacity([], [...rows([1, 2]), { reference: 'C', slotStart: at, place: 1, status: 'cancelled' }], 2).overBooked).toBe(0)
    expect(checkCapacity([{ outcome: 'booked', ms: 1, reference: 'Z' }], [], 1).missing).toBe(1)
  })
})

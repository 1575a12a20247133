import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SiteBuildLease, SiteBuildLeaseTimeout, type LeaseTimings } from '../../src/jobs/siteBuildLease'
import type { TestPayload } from '../support/testPayload'

const timings = (extra: Partial<LeaseTimings> = {}): LeaseTimings => ({ ttlMs: 60_000, pollMs: 20, waitMs: 5_000, ...extra })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The lease's guarantees against whatever database `startPayload` opens (SQLite here, MongoDB
 * where TEST_MONGODB_URL is set). Each holder is a lease object of its own, as each server has.
 */
export function describeSiteBuildLease(label: string, startPayload: () => Promise<TestPayload>) {
  describe(`SiteBuildLease (${label})`, () => {
    let t: TestPayload
    let lease = 0
    // Each test its own lease name, so that none starts from another's state.
    const leaseName = () => `test-lease-${++lease}`

    beforeAll(async () => {
      t = await startPayload()
    }, 240_000)
    afterAll(async () => {
      await t?.close()
    })

    describe('one holder at a time, on the database', () => {
      it('a second server cannot claim the lease while the first holds it, and claims it once released; each claim moves the generation by one', async () => {
        const name = leaseName()
        const [a, b] = [new SiteBuildLease(t.payload, name, timings()), new SiteBuildLease(t.payload, name, timings())]
        expect(a.holder).not.toBe(b.holder)
        expect(await a.tryClaim()).toBe(1)
        expect(await b.tryClaim()).toBeNull()
        expect((await a.read())?.holder).toBe(a.holder)
        await a.release()
        expect(await b.tryClaim()).toBe(2)
        expect(await a.tryClaim()).toBeNull()
      })

      it('of many claims at the same moment, exactly one succeeds', async () => {
        const name = leaseName()
        const contenders = Array.from({ length: 12 }, () => new SiteBuildLease(t.payload, name, timings()))
        const claims = await Promise.all(contenders.map((c) => c.tryClaim()))
        expect(claims.filter((c) => c !== null)).toEqual([1])
      })

      it('a holder that stopped renewing is taken over once its time to live is past, and its late release leaves the new holder’s lease alone', async () => {
        const name = leaseName()
        const dead = new SiteBuildLease(t.payload, name, timings({ ttlMs: 300 }))
        const next = new SiteBuildLease(t.payload, name, timings({ ttlMs: 60_000 }))
        expect(await dead.tryClaim()).toBe(1)
        expect(await next.tryClaim()).toBeNull()
        await sleep(400)
        expect(await next.tryClaim()).toBe(2)
        await dead.release()
        expect(await dead.renew()).toBe(false)
        expect((await next.read())?.holder).toBe(next.holder)
      })

      it('hold() renews the lease while its work runs past the time to live, and frees it when the work ends', async () => {
        const name = leaseName()
        const holder = new SiteBuildLease(t.payload, name, timings({ ttlMs: 300 }))
        const waiter = new SiteBuildLease(t.payload, name, timings({ ttlMs: 300 }))
        let waiterGotItAt = 0
        let workEndedAt = 0
        await holder.hold(async (held) => {
          expect(held.generation).toBe(1)
          const waiting = waiter.claim().then((generation) => {
            waiterGotItAt = Date.now()
            return generation
          })
          await sleep(1_200) // four times the time to live
          expect(held.lost).toBe(false)
          expect(waiterGotItAt).toBe(0)
          workEndedAt = Date.now()
          void waiting.then((generation) => expect(generation).toBe(2))
        })
        while (!waiterGotItAt) await sleep(20)
        expect(waiterGotItAt).toBeGreaterThanOrEqual(workEndedAt)
      })

      it('a server that cannot get the lease gives up after its wait, naming who holds it', async () => {
        const name = leaseName()
        const holder = new SiteBuildLease(t.payload, name, timings())
        await holder.tryClaim()
        const waiter = new SiteBuildLease(t.payload, name, timings({ waitMs: 200 }))
        const error = await waiter.claim().catch((e: unknown) => e)
        expect(error).toBeInstanceOf(SiteBuildLeaseTimeout)
        expect(String((error as Error).message)).toContain(holder.holder)
      })
    })
  })
}

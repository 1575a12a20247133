import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { SITE_BUILD_LEASES } from '../../collections/SiteBuildLeases'

/** The one lease every site build takes: all builds write the same sites folder. */
export const SITES_LEASE = 'sites'

export type LeaseTimings = {
  /** How long a claim or a renewal holds the lease: a holder that died is taken over this long after its last renewal. */
  ttlMs: number
  /** How often a waiting server asks again. */
  pollMs: number
  /** How long a build waits for the lease before it gives up (its job is retried). */
  waitMs: number
}

export const DEFAULT_TIMINGS: LeaseTimings = { ttlMs: 60_000, pollMs: 250, waitMs: 15 * 60_000 }

/** What a build learns when it gets the lease. */
export type HeldLease = {
  holder: string
  /** The lease's claim count, this claim included. */
  generation: number
  /** Whether the lease was lost while held (the holder stalled past its expiry and another server took it over). */
  readonly lost: boolean
}

export class SiteBuildLeaseTimeout extends Error {}

type LeaseRow = { id: string; name: string; holder?: string | null; expiresAt: string; generation: number }

const leases = SITE_BUILD_LEASES as CollectionSlug

/**
 * A lease on the sites folder, held by one app server at a time across every server on the
 * database. Each step is one conditional write that the database applies atomically: a claim
 * succeeds only on a lease that has expired or was released, a renewal or a release only for
 * its holder. Payload's job concurrency key is not enough here: its check of running jobs and
 * its claim of the next one are two queries, so two servers can both start a rebuild.
 *
 * On SQLite the write is a single `UPDATE … WHERE … RETURNING` (the adapter's atomic update),
 * run in a transaction of its own so that it takes its turn with this process's other writes
 * (src/config/sqliteWrites.ts); on MongoDB it is one `findOneAndUpdate` on one document.
 */
export class SiteBuildLease {
  readonly holder: string

  constructor(
    private readonly payload: Payload,
    private readonly name: string = SITES_LEASE,
    private readonly timings: LeaseTimings = DEFAULT_TIMINGS,
  ) {
    this.holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  }

  /** Claims the lease if it is free now; its new generation, or null while another server holds it. */
  async tryClaim(): Promise<number | null> {
    const claimed = await this.claimFree()
    if (claimed) return claimed.generation
    if (await this.exists()) return null
    await this.create()
    return (await this.claimFree())?.generation ?? null
  }

  /** Waits for the lease and claims it; throws SiteBuildLeaseTimeout after `waitMs`. */
  async claim(): Promise<number> {
    const giveUpAt = Date.now() + this.timings.waitMs
    for (;;) {
      const generation = await this.tryClaim()
      if (generation !== null) return generation
      if (Date.now() >= giveUpAt) {
        const row = await this.read()
        throw new SiteBuildLeaseTimeout(
          `Waited ${Math.round(this.timings.waitMs / 1000)} s for the site build lease "${this.name}", held by ${row?.holder ?? 'nobody'} until ${row?.expiresAt ?? '?'}. ` +
            'Another server is still building (or its clock is far ahead of this one\'s); the rebuild will be retried.',
        )
      }
      await new Promise((resolve) => setTimeout(resolve, this.timings.pollMs))
    }
  }

  /**
   * Runs `work` holding the lease: waits for it, renews it every third of its time to live
   * while the work runs, releases it after. A renewal that finds the lease gone (this server
   * stalled past its expiry) is logged; the other server's claim moved the generation, so
   * this one's next build reads its content again.
   */
  async hold<T>(work: (held: HeldLease) => Promise<T>): Promise<T> {
    const { ttlMs } = this.timings
    const generation = await this.claim()
    let lost = false
    const held: HeldLease = { holder: this.holder, generation, get lost() { return lost } }
    let renewing: Promise<unknown> = Promise.resolve()
    const timer = setInterval(() => {
      renewing = renewing.then(async () => {
        if (lost) return
        try {
          if (!(await this.renew())) {
            lost = true
            this.payload.logger.error(`The site build lease was taken over by another server while ${this.holder} was building (stalled over ${ttlMs / 1000} s).`)
          }
        } catch (error) {
          // The next renewal tries again: the lease lasts a whole time to live.
          this.payload.logger.warn({ err: error, msg: 'Could not renew the site build lease' })
        }
      })
    }, Math.max(1, Math.floor(ttlMs / 3)))
    timer.unref()
    try {
      return await work(held)
    } finally {
      clearInterval(timer)
      await renewing
      await this.release().catch((error: unknown) =>
        this.payload.logger.error({ err: error, msg: `Could not release the site build lease; it frees itself within ${ttlMs / 1000} s` }),
      )
    }
  }

  /** Extends the lease by `ttlMs` from now; false when this server no longer holds it. */
  async renew(): Promise<boolean> {
    return Boolean(await this.write({ holder: { equals: this.holder } }, { expiresAt: this.expiry(this.timings.ttlMs) }))
  }

  /** Frees the lease for the next claim at once; a lease taken over by another server is left to it. */
  async release(): Promise<void> {
    await this.write({ holder: { equals: this.holder } }, { holder: null, expiresAt: this.expiry(0) })
  }

  /** The lease as stored (null before the first claim anywhere). */
  async read(): Promise<LeaseRow | null> {
    return (await this.payload.db.findOne({ collection: leases, where: { name: { equals: this.name } } })) as LeaseRow | null
  }

  private claimFree(): Promise<LeaseRow | null> {
    return this.write({ expiresAt: { less_than_equal: this.expiry(0) } }, { holder: this.holder, expiresAt: this.expiry(this.timings.ttlMs), generation: { $inc: 1 } })
  }

  private async exists(): Promise<boolean> {
    return (await this.read()) !== null
  }

  /** The lease's row, free; a second server creating it at the same moment fails on the unique name, which is fine. */
  private async create(): Promise<void> {
    try {
      await this.inTransaction((req) =>
        this.payload.db.create({ collection: leases, data: { name: this.name, holder: null, expiresAt: new Date(0).toISOString(), generation: 0 }, req }),
      )
    } catch (error) {
      if (!(await this.exists())) throw error
    }
  }

  private async write(condition: Where, data: Record<string, unknown>): Promise<LeaseRow | null> {
    const sqlite = this.payload.db.name === 'sqlite'
    return (await this.inTransaction((req) =>
      this.payload.db.updateOne({
        collection: leases,
        where: { and: [{ name: { equals: this.name } }, condition] },
        data,
        req,
        // The drizzle adapter's one-statement update; without it a `where` is a select, then an update by id.
        ...(sqlite ? { options: { atomic: true } } : {}),
      }),
    )) as unknown as LeaseRow | null
  }

  private async inTransaction<T>(work: (req: Partial<PayloadRequest>) => Promise<T>): Promise<T> {
    // MongoDB applies each write to one document atomically; a transaction would only need a replica set.
    if (this.payload.db.name !== 'sqlite') return work({})
    const transactionID = await this.payload.db.beginTransaction()
    if (transactionID === null) return work({})
    try {
      const result = await work({ transactionID })
      await this.payload.db.commitTransaction(transactionID)
      return result
    } catch (error) {
      await this.payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }

  private expiry(fromNowMs: number): string {
    return new Date(Date.now() + fromNowMs).toISOString()
  }
}

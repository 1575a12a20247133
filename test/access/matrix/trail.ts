import type { CollectionSlug } from 'payload'
import { expect } from 'vitest'

import type { Driver, MatrixContext } from './drivers'
import type { Actor, Cell, Target } from './expectations'
import { expectRefused, refusedAsEmpty } from './refusal'

/**
 * The audit trail's cells. Writes run through the matrix's own runner with this driver: the
 * entries a cell acts on are written as the server writes them (Local API, access control off)
 * and never removed, since nothing may remove one. Reads ask for entries the fixture's own
 * saves left in the trail.
 */

const TRAIL = 'audit-trail' as CollectionSlug

const missionsOf = (ctx: MatrixContext, target: Target): string[] =>
  target === 'A' || target === 'B' ? [ctx.fx.missions[target]] : []

export const auditTrailDriver: Driver = {
  collection: TRAIL,
  drafts: false,
  existing: () => {
    throw new Error('audit-trail reads run in readTrailCell: their entries are found, not known ahead')
  },
  newData: (_ctx, _target, tag) => ({ at: new Date().toISOString(), action: 'update', collection: 'topics', title: `Forged ${tag}` }),
  created: (tag) => ({ title: { equals: `Forged ${tag}` } }),
  make: async (ctx, target, _actor, tag) => {
    const entry = await ctx.payload.create({
      collection: TRAIL,
      data: {
        at: new Date().toISOString(), action: target === 'accounts' ? 'sign-in' : 'update', collection: target === 'accounts' ? 'users' : 'press-releases',
        title: `Matrix entry ${tag}`, missions: missionsOf(ctx, target),
      } as never,
    })
    return { id: String(entry.id), throwaway: false }
  },
  change: (tag) => ({ data: { title: `Rewritten ${tag}`, missions: [] }, applied: (doc) => doc.title === `Rewritten ${tag}` }),
}

/** The fixture's entry a read cell asks for: a release's creation in A, in B or the ministry's, or an account's creation. */
async function fixtureEntry(ctx: MatrixContext, target: Target): Promise<string> {
  const { fx } = ctx
  const [collection, documentId] =
    target === 'accounts' ? ['users', fx.users['mission-editor'].id]
      : ['press-releases', fx.pressReleases[target as 'A' | 'B' | 'ministry'].published]
  const { docs } = await ctx.payload.find({
    collection: TRAIL, depth: 0, limit: 1, sort: 'at',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }, { action: { equals: 'create' } }] },
  })
  if (!docs[0]) throw new Error(`the fixture left no audit trail entry for ${collection} ${documentId}`)
  return String(docs[0].id)
}

export async function readTrailCell(ctx: MatrixContext, actor: Actor, cell: Cell, allowed: boolean): Promise<void> {
  const id = await fixtureEntry(ctx, cell.target)
  const as = { overrideAccess: false, user: actor === 'anonymous' ? undefined : ctx.fx.users[actor].user, depth: 0 }
  const byId = ctx.payload.findByID({ collection: TRAIL, id, ...as })
  const listed = await ctx.payload
    .find({ collection: TRAIL, where: { id: { equals: id } }, ...as })
    .then((r) => r.docs.map((doc) => String(doc.id)), refusedAsEmpty)
  if (allowed) {
    const entry = (await byId) as { id: unknown; ip?: unknown }
    expect(String(entry.id)).toBe(id)
    expect(listed).toEqual([id])
    // Client addresses are an administrator's to read.
    expect('ip' in entry).toBe(actor === 'ministry-admin')
  } else {
    await expectRefused(byId)
    expect(listed).toEqual([])
  }
}

import type { PayloadRequest } from 'payload'
import { expect } from 'vitest'

import { pngFile } from '../../support/accessFixture'
import type { Actor, Cell } from './expectations'
import { DRIVERS, type Driver, type MatrixContext, parseTarget } from './drivers'
import { expectRefused, refusedAsEmpty } from './refusal'
import { readTrailCell } from './trail'

let counter = 0
/** Unique per cell, so what a cell creates can be found again and never collides with another cell's documents. */
const nextTag = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export function userOf(ctx: MatrixContext, actor: Actor): PayloadRequest['user'] | undefined {
  return actor === 'anonymous' ? undefined : ctx.fx.users[actor].user
}

/** Proves one cell: an allowed operation takes effect, a denied one is refused and changes nothing. */
export async function runCell(ctx: MatrixContext, actor: Actor, cell: Cell): Promise<void> {
  const allowed = cell.allowed[actor]
  if (cell.subject === 'ministry') return runGlobalCell(ctx, actor, cell, allowed)
  if (cell.subject === 'audit-trail' && cell.operation === 'read') return readTrailCell(ctx, actor, cell, allowed)
  const driver = DRIVERS[cell.subject]
  switch (cell.operation) {
    case 'read': return read(ctx, driver, actor, cell, allowed)
    case 'create': return create(ctx, driver, actor, cell, allowed)
    case 'update': return write(ctx, driver, actor, cell, allowed, 'update')
    case 'publish': return write(ctx, driver, actor, cell, allowed, 'publish')
    case 'delete': return remove(ctx, driver, actor, cell, allowed)
  }
}

export const asActor = (ctx: MatrixContext, actor: Actor) => ({ overrideAccess: false, user: userOf(ctx, actor) ?? undefined, depth: 0 })

async function read(ctx: MatrixContext, d: Driver, actor: Actor, cell: Cell, allowed: boolean) {
  const id = d.existing(ctx, cell.target, actor)
  // A draft is asked for as a draft (the strongest request); published content as the public site asks for it.
  const draft = d.drafts && parseTarget(cell.target).status === 'draft'
  const byId = ctx.payload.findByID({ collection: d.collection, id, draft, ...asActor(ctx, actor) })
  const listed = await ctx.payload
    .find({ collection: d.collection, where: { id: { equals: id } }, draft, ...asActor(ctx, actor) })
    .then((r) => r.docs.map((doc) => String(doc.id)), refusedAsEmpty)
  if (allowed) {
    expect(String((await byId).id)).toBe(id)
    expect(listed).toEqual([id])
  } else {
    await expectRefused(byId)
    expect(listed).toEqual([])
  }
}

async function create(ctx: MatrixContext, d: Driver, actor: Actor, cell: Cell, allowed: boolean) {
  const tag = nextTag()
  const data = d.newData(ctx, cell.target, tag)
  const attempt = ctx.payload.create({
    collection: d.collection,
    data: data as never,
    draft: d.drafts,
    file: d.withFile ? await pngFile(`new-${tag}.png`) : undefined,
    ...asActor(ctx, actor),
  })
  if (allowed) await attempt
  else await expectRefused(attempt)
  const { docs } = await ctx.payload.find({ collection: d.collection, where: d.created(tag), depth: 0 })
  for (const doc of docs) await ctx.payload.delete({ collection: d.collection, id: doc.id })
  // Stored where it was asked to be, not quietly filed under another mission.
  const owner = (doc: Record<string, unknown>) => ('mission' in data ? (doc.mission ?? null) : 'n/a')
  expect(docs.map((doc) => owner(doc as unknown as Record<string, unknown>))).toEqual(allowed ? [owner(data)] : [])
}

async function write(ctx: MatrixContext, d: Driver, actor: Actor, cell: Cell, allowed: boolean, kind: 'update' | 'publish') {
  const tag = nextTag()
  const made = await d.make(ctx, cell.target, actor, tag)
  try {
    const change = kind === 'publish'
      ? { data: { _status: 'published' }, applied: (doc: Record<string, any>) => doc._status === 'published' }
      : d.change(tag)
    // An editor's update of versioned content is "save draft"; publishing is the explicit status change.
    const attempt = ctx.payload.update({
      collection: d.collection, id: made.id, data: change.data as never, draft: kind === 'update' && d.drafts, ...asActor(ctx, actor),
    })
    if (allowed) await attempt
    else await expectRefused(attempt)
    // Publishing shows on the main document; a saved draft on the latest version.
    const stored = await ctx.payload.findByID({ collection: d.collection, id: made.id, draft: kind === 'update', depth: 0 })
    expect(change.applied(stored as Record<string, any>)).toBe(allowed)
  } finally {
    if (made.throwaway) await ctx.payload.delete({ collection: d.collection, id: made.id })
  }
}

async function remove(ctx: MatrixContext, d: Driver, actor: Actor, cell: Cell, allowed: boolean) {
  const made = await d.make(ctx, cell.target, actor, nextTag())
  const attempt = ctx.payload.delete({ collection: d.collection, id: made.id, ...asActor(ctx, actor) })
  if (allowed) await attempt
  else await expectRefused(attempt)
  const stored = await ctx.payload.findByID({ collection: d.collection, id: made.id, disableErrors: true, depth: 0 })
  expect(stored === null).toBe(allowed)
  if (stored && made.throwaway) await ctx.payload.delete({ collection: d.collection, id: made.id })
}

async function runGlobalCell(ctx: MatrixContext, actor: Actor, cell: Cell, allowed: boolean) {
  const as = { slug: 'ministry' as const, ...asActor(ctx, actor) }
  if (cell.operation === 'read') {
    const attempt = ctx.payload.findGlobal(as)
    if (allowed) expect((await attempt).name).toBe('Ministry of Foreign Affairs')
    else await expectRefused(attempt)
    return
  }
  const footer = `Footer ${nextTag()}`
  const attempt = ctx.payload.updateGlobal({ ...as, data: { footerText: footer } as never })
  if (allowed) await attempt
  else await expectRefused(attempt)
  expect((await ctx.payload.findGlobal({ slug: 'ministry' })).footerText === footer).toBe(allowed)
}

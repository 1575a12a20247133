import type {
  CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, GlobalAfterChangeHook, PayloadRequest,
  RequestContext,
} from 'payload'

import { NONE, union, type Affected } from '../affectedMissions'
import { queueRebuild } from '../queueRebuild'

type Doc = Record<string, unknown>
// Most answer from the document; travel advice asks the database which missions serve its country.
export type SitesOf = (doc: Doc | null | undefined, req: PayloadRequest) => Affected | Promise<Affected>

/** Seeds and bulk imports pass `context: { seeding: true }`: they build once at the end, not per document. */
const isSeeding = (context: RequestContext) => Boolean((context as { seeding?: unknown }).seeding)

/** What an update is about to replace, noted before the write (see noteLiveVersion). */
type LiveNote = { draftSave: boolean; liveBefore: Doc | null }

const noteKey = (collection: string, id: unknown) => `chancery:liveBefore:${collection}:${String(id)}`

/**
 * For collections with drafts, the hooks after a save need two facts Payload does not hand
 * them: whether the save was a draft save (which leaves the published version untouched),
 * and what the published version was (previousDoc is the latest version, often a newer draft
 * whose syndication differs from what the sites show). Both are noted here, before the write.
 */
export const noteLiveVersion: CollectionBeforeOperationHook = async ({ args, collection, context, operation, req }) => {
  if (operation !== 'update' || isSeeding(context)) return args
  const { id, draft, data } = args as { id?: string | number; draft?: boolean; data?: Doc }
  if (id === undefined || id === null) return args
  // Payload's own rule for a draft save: draft=true and not asking to publish.
  const draftSave = draft === true && data?._status !== 'published'
  let liveBefore: Doc | null = null
  if (!draftSave) {
    const row = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as Doc | null
    liveBefore = row?._status === 'published' ? row : null
  }
  ;(context as Record<string, unknown>)[noteKey(collection.slug, id)] = { draftSave, liveBefore } satisfies LiveNote
  return args
}

function takeNote(context: RequestContext, collection: string, id: unknown): LiveNote | undefined {
  const key = noteKey(collection, id)
  const note = (context as Record<string, unknown>)[key] as LiveNote | undefined
  delete (context as Record<string, unknown>)[key]
  return note
}

/**
 * After a save, queues a rebuild of the sites that showed the document before or show it
 * now. With drafts, only the published version counts: a draft save queues nothing.
 */
export const rebuildAfterChange =
  (sitesOf: SitesOf): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    if (isSeeding(context)) return doc
    const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    let before: Doc | null = operation === 'update' ? previousDoc : null
    let after: Doc | null = doc
    if (drafts) {
      const note = operation === 'update' ? takeNote(context, collection.slug, doc.id) : undefined
      after = doc._status === 'published' ? doc : null
      if (note?.draftSave && !after) return doc
      // Without a note (a bulk update by query), the latest version is the best guess of what was live.
      before = note ? note.liveBefore : previousDoc?._status === 'published' ? previousDoc : null
    }
    await queueRebuild(req, union(before ? await sitesOf(before, req) : NONE, after ? await sitesOf(after, req) : NONE), `${operation} of ${collection.slug} ${doc.id}`, {
      collection: collection.slug, id: String(doc.id),
    })
    return doc
  }

/** After a delete, queues a rebuild of the sites that showed the document (only if it was published). */
export const rebuildAfterDelete =
  (sitesOf: SitesOf): CollectionAfterDeleteHook =>
  async ({ collection, context, doc, req }) => {
    if (isSeeding(context)) return doc
    const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    if (drafts && doc?._status !== 'published') return doc
    await queueRebuild(req, await sitesOf(doc, req), `deletion of ${collection.slug} ${doc?.id}`, { collection: collection.slug, id: String(doc?.id) })
    return doc
  }

/** Collections every site shows something of (topics, platforms, images): a change rebuilds all, a creation nothing yet. */
export const rebuildAllAfterUpdate: CollectionAfterChangeHook = async (args) =>
  args.operation === 'update' ? rebuildAfterChange(() => 'all')(args) : args.doc

/** The ministry global carries the brand and footer of every site. */
export const rebuildAllAfterGlobalChange: GlobalAfterChangeHook = async ({ context, doc, global, req }) => {
  if (isSeeding(context)) return doc
  await queueRebuild(req as PayloadRequest, 'all', `change of ${global.slug}`)
  return doc
}

import type {
  CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, CollectionSlug, Field,
  GlobalAfterChangeHook, GlobalBeforeOperationHook, GlobalSlug, PayloadRequest, RequestContext, SanitizedCollectionConfig,
} from 'payload'

import { idOf } from '../access/roles'
import { saveAction } from './action'
import { changedFields } from './changes'
import { recordTrail, trailRequest } from './record'
import { PERSONAL_DATA_COLLECTIONS } from './types'

type Doc = Record<string, unknown>

/** Seeds and imports pass `context: { seeding: true }`: they make the database, nobody edits it. */
export const isSeeding = (context: RequestContext | undefined) => Boolean((context as { seeding?: unknown } | undefined)?.seeding)

/** What the save is, noted before the write: Payload tells the hooks after it neither. */
type SaveNote = { draftSave: boolean; liveBefore: boolean | null }
/** The document as it stood before a restore: Payload hands the hooks its raw row in every locale. */
type RestoreNote = { before: Doc | null }

const saveKey = (collection: string, id: unknown) => `chancery:trail:save:${collection}:${String(id)}`
const restoreKey = (collection: string, id: unknown) => `chancery:trail:restore:${collection}:${String(id)}`
const globalKey = (slug: string) => `chancery:trail:global:${slug}`

function take<T>(req: PayloadRequest, key: string): T | undefined {
  const context = req.context as Record<string, unknown>
  const value = context[key] as T | undefined
  delete context[key]
  return value
}

const hasDrafts = (entity: { versions?: unknown }) =>
  Boolean(entity.versions && typeof entity.versions === 'object' && (entity.versions as { drafts?: unknown }).drafts)

/** A locale the trail reads in: the request's, unless it asked for every locale at once. */
const localeOf = (req: PayloadRequest) => (req.locale && req.locale !== 'all' ? req.locale : undefined)

/**
 * A document as stored, the way Payload hands the hooks its previous state: depth 0, in the
 * request's locale without falling back to another, hidden fields included, the latest
 * version (a draft, if one is pending). Both sides of a comparison are read alike.
 */
async function readStored(req: PayloadRequest, collection: string, id: string): Promise<Doc | null> {
  return (await req.payload.findByID({
    collection: collection as CollectionSlug, id, depth: 0, draft: true, locale: localeOf(req) as never, fallbackLocale: false as never,
    overrideAccess: true, showHiddenFields: true, disableErrors: true, req: trailRequest(req),
  })) as Doc | null
}

async function readGlobal(req: PayloadRequest, slug: string): Promise<Doc | null> {
  return (await req.payload.findGlobal({
    slug: slug as GlobalSlug, depth: 0, draft: true, locale: localeOf(req) as never, fallbackLocale: false as never,
    overrideAccess: true, showHiddenFields: true, req: trailRequest(req),
  })) as unknown as Doc | null
}

/** Before an update: a draft save or not, and (for a save that may unpublish) whether the document was live. */
export const noteSave: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (isSeeding(req.context)) return args
  if (operation === 'update') {
    const { id, draft, data } = args as { id?: string | number; draft?: boolean; data?: Doc }
    if (id === undefined || id === null) return args
    const drafts = hasDrafts(collection)
    // Payload's own rule for a draft save.
    const draftSave = drafts && draft === true && data?._status !== 'published'
    let liveBefore: boolean | null = null
    if (drafts && !draftSave) {
      const row = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as Doc | null
      liveBefore = row?._status === 'published'
    }
    ;(req.context as Record<string, unknown>)[saveKey(collection.slug, id)] = { draftSave, liveBefore } satisfies SaveNote
  }
  if (operation === 'restoreVersion') {
    const versionId = (args as { id?: string | number }).id
    if (versionId === undefined || versionId === null) return args
    const { docs } = await req.payload.db.findVersions({
      collection: collection.slug, where: { id: { equals: versionId } }, limit: 1, pagination: false, req,
    })
    const parent = stringId(docs[0]?.parent)
    if (parent) {
      const before = await readStored(req, collection.slug, parent)
      ;(req.context as Record<string, unknown>)[restoreKey(collection.slug, parent)] = { before } satisfies RestoreNote
    }
  }
  return args
}

/** After a create, update, publish, unpublish or restore: one entry with what changed. */
export const recordSave: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (isSeeding(req.context)) return doc
  const personal = PERSONAL_DATA_COLLECTIONS.has(collection.slug)
  // What citizens send, and the retention jobs' anonymising, are not staff edits.
  if (personal && !req.user) return doc
  const id = String(doc.id)
  const note = take<SaveNote>(req, saveKey(collection.slug, id))
  const restore = take<RestoreNote>(req, restoreKey(collection.slug, id))
  const after = (await readStored(req, collection.slug, id)) ?? (doc as Doc)
  const before = operation === 'create' ? null : restore ? restore.before : (previousDoc as Doc | null)
  const drafts = hasDrafts(collection)
  const action = saveAction({
    operation,
    restoring: Boolean(restore),
    drafts,
    draftSave: note?.draftSave ?? false,
    liveBefore: note?.liveBefore ?? null,
    statusBefore: before?._status,
    statusAfter: after._status,
  })
  await recordTrail(req, {
    action,
    collection: collection.slug,
    documentId: id,
    title: personal ? null : titleOf(collection, after) ?? titleOf(collection, before),
    missions: missionsOf(collection, [before, after]),
    changes: changedFields(collection.fields, before, after, { keepValues: !personal }),
    documentStatus: drafts ? stringOr(after._status) : null,
    locale: localeOf(req) ?? null,
  })
  return doc
}

/** After a delete: who took which document away. */
export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (isSeeding(req.context)) return doc
  const personal = PERSONAL_DATA_COLLECTIONS.has(collection.slug)
  if (personal && !req.user) return doc
  const stored = (doc ?? {}) as Doc
  await recordTrail(req, {
    action: 'delete',
    collection: collection.slug,
    documentId: String(id ?? stored.id),
    title: personal ? null : titleOf(collection, stored),
    // A deleted mission can no longer be linked to; its name stays in the title.
    missions: collection.slug === 'missions' ? [] : missionsOf(collection, [stored]),
    documentStatus: hasDrafts(collection) ? stringOr(stored._status) : null,
    locale: localeOf(req) ?? null,
  })
  return doc
}

/** Before a global is saved: how it stood, read as it will be read after. */
export const noteGlobal: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation !== 'update' || isSeeding(req.context)) return args
  const draft = (args as { draft?: boolean; data?: Doc }).draft
  const data = (args as { data?: Doc }).data
  ;(req.context as Record<string, unknown>)[globalKey(global.slug)] = {
    before: await readGlobal(req, global.slug),
    draftSave: hasDrafts(global) && draft === true && data?._status !== 'published',
  }
  return args
}

export const recordGlobal: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if (isSeeding(req.context)) return doc
  const note = take<{ before: Doc | null; draftSave: boolean }>(req, globalKey(global.slug))
  const before = note ? note.before : (previousDoc as Doc | null)
  const after = (await readGlobal(req, global.slug)) ?? (doc as Doc)
  const drafts = hasDrafts(global)
  await recordTrail(req, {
    action: saveAction({
      operation: 'update', restoring: false, drafts, draftSave: note?.draftSave ?? false, liveBefore: null,
      statusBefore: before?._status, statusAfter: after._status,
    }),
    collection: global.slug,
    title: labelOf(global.label, global.slug),
    changes: changedFields(global.fields, before, after, { keepValues: true }),
    documentStatus: drafts ? stringOr(after._status) : null,
    locale: localeOf(req) ?? null,
  })
  return doc
}

/** The document's title, as the admin lists it (its `useAsTitle` field in the request's locale). */
function titleOf(collection: SanitizedCollectionConfig, doc: Doc | null | undefined): string | null {
  const field = collection.admin?.useAsTitle
  if (!doc || !field || field === 'id') return null
  const value = doc[field]
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null
}

function labelOf(label: unknown, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const first = Object.values(label as Record<string, unknown>).find((v) => typeof v === 'string')
    if (typeof first === 'string') return first
  }
  return fallback
}

/** An id as text, whether populated, a string, or a database's own id object (MongoDB's ObjectId). */
function stringId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  return idOf(value) ?? String(value)
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * The missions a document belongs to, before and after the change (a document moved from one
 * mission to another concerns both): a mission is itself; other documents name theirs in a
 * top-level `mission` or `missions` relationship to missions.
 */
export function missionsOf(collection: { slug: string; fields: Field[] }, docs: readonly (Doc | null | undefined)[]): string[] {
  const ids = new Set<string>()
  const fields = missionFields(collection.fields)
  for (const doc of docs) {
    if (!doc) continue
    if (collection.slug === 'missions' && doc.id) ids.add(String(doc.id))
    for (const name of fields) {
      const value = doc[name]
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOf(item)
        if (id) ids.add(id)
      }
    }
  }
  return [...ids]
}

function missionFields(fields: readonly Field[]): string[] {
  const names: string[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      names.push(...missionFields(field.fields))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab && tab.name)) names.push(...missionFields(tab.fields))
    } else if (field.type === 'relationship' && field.relationTo === 'missions' && (field.name === 'mission' || field.name === 'missions')) {
      names.push(field.name)
    }
  }
  return names
}

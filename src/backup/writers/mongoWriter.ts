import { createLocalReq } from 'payload'
import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

import type { StoredDocument } from '../archiveFormat'
import { versionParts, type ContentWriter } from './contentWriter'

type MongoModel = {
  create: (docs: Record<string, unknown>[], ...rest: unknown[]) => Promise<unknown>
  updateMany: (filter: Record<string, unknown>, update: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>
  base: { Types: { ObjectId: { new (id: string): unknown; isValid: (id: string) => boolean } } }
}

type MongooseLike = {
  versions: Record<string, MongoModel>
  sessions?: Record<string, unknown>
  beginTransaction: () => Promise<number | string | null>
  commitTransaction: (id: number | string) => Promise<void>
  rollbackTransaction: (id: number | string) => Promise<void>
  create: (args: Record<string, unknown>) => Promise<unknown>
  createVersion: (args: Record<string, unknown>) => Promise<unknown>
  createGlobal: (args: Record<string, unknown>) => Promise<unknown>
  createGlobalVersion: (args: Record<string, unknown>) => Promise<unknown>
}

/**
 * MongoDB: a transaction when the server offers one (a replica set), documents through the
 * adapter's create with their id, versions through its createVersion with their id slipped into
 * the one document it creates, and `latest` set as it was once a collection's history is in
 * (createVersion moves it to each new version). Ids must already be ObjectIds (importArchive
 * maps others first).
 */
export async function mongoWriter(payload: Payload): Promise<ContentWriter> {
  const adapter = payload.db as unknown as MongooseLike
  let transactionID: number | string | null = null
  try {
    transactionID = (await adapter.beginTransaction()) ?? null
  } catch {
    transactionID = null
  }
  const req = (await createLocalReq({}, payload)) as PayloadRequest
  if (transactionID !== null) req.transactionID = transactionID
  const session = () => (transactionID === null ? undefined : adapter.sessions?.[transactionID])

  const objectId = (model: MongoModel, id: unknown) => {
    const { ObjectId } = model.base.Types
    return typeof id === 'string' && ObjectId.isValid(id) ? new ObjectId(id) : id
  }
  /** Runs `create` with the model's next insert given `_id`: createVersion assigns one of its own otherwise. */
  const withId = async (model: MongoModel, id: unknown, create: () => Promise<unknown>) => {
    const own = Object.prototype.hasOwnProperty.call(model, 'create')
    const original = model.create
    model.create = function (this: unknown, docs: Record<string, unknown>[], ...rest: unknown[]) {
      const list = Array.isArray(docs) ? docs : [docs]
      list[0] = { ...list[0], _id: objectId(model, id) }
      return original.call(this, list, ...rest)
    } as MongoModel['create']
    try {
      await create()
    } finally {
      if (own) model.create = original
      else delete (model as Partial<MongoModel>).create
    }
  }
  const settleLatest = async (model: MongoModel, versions: StoredDocument[]) => {
    const latest = versions.filter((v) => v.latest === true).map((v) => objectId(model, v.id))
    const others = versions.filter((v) => v.latest !== true).map((v) => objectId(model, v.id))
    const options = { session: session() }
    if (latest.length) await model.updateMany({ _id: { $in: latest } }, { $set: { latest: true } }, options)
    if (others.length) await model.updateMany({ _id: { $in: others } }, { $unset: { latest: 1 } }, options)
  }

  return {
    transactional: transactionID !== null,
    writeDocument: async (collection, doc) => {
      await adapter.create({ collection: collection as CollectionSlug, data: structuredClone(doc), customID: String(doc.id), req, returning: false })
    },
    writeVersion: async (collection, version) => {
      const parts = versionParts(structuredClone(version))
      await withId(adapter.versions[collection], parts.id, () =>
        adapter.createVersion({
          collectionSlug: collection, parent: parts.parent, versionData: parts.versionData, createdAt: parts.createdAt, updatedAt: parts.updatedAt,
          autosave: parts.autosave, publishedLocale: parts.publishedLocale, snapshot: parts.snapshot, req, returning: false,
        }),
      )
    },
    finishVersions: (collection, versions) => settleLatest(adapter.versions[collection], versions),
    writeGlobal: async (global, doc) => {
      await adapter.createGlobal({ slug: global as GlobalSlug, data: structuredClone(doc), req, returning: false })
    },
    writeGlobalVersion: async (global, version) => {
      const parts = versionParts(structuredClone(version))
      await withId(adapter.versions[global], parts.id, () =>
        adapter.createGlobalVersion({
          globalSlug: global, versionData: parts.versionData, createdAt: parts.createdAt, updatedAt: parts.updatedAt,
          autosave: parts.autosave, publishedLocale: parts.publishedLocale, snapshot: parts.snapshot, req, returning: false,
        }),
      )
    },
    finishGlobalVersions: (global, versions) => settleLatest(adapter.versions[global], versions),
    checkBeforeCommit: async () => {},
    commit: async () => {
      if (transactionID !== null) await adapter.commitTransaction(transactionID)
    },
    rollback: async () => {
      if (transactionID !== null) await adapter.rollbackTransaction(transactionID)
    },
  }
}

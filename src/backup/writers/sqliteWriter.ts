import { buildVersionCollectionFields, buildVersionGlobalFields, createLocalReq } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { StoredDocument } from '../archiveFormat'
import type { ContentWriter } from './contentWriter'

type DrizzleLike = {
  name: string
  tableNameMap: Map<string, string>
  versionsSuffix?: string
  sessions: Record<string, { db: unknown }>
  beginTransaction: () => Promise<number | string | null>
  commitTransaction: (id: number | string) => Promise<void>
  rollbackTransaction: (id: number | string) => Promise<void>
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
  create: (args: Record<string, unknown>) => Promise<unknown>
}

/**
 * SQLite (and any drizzle adapter): one transaction for the whole import, foreign keys checked
 * at its commit (documents refer to each other in cycles: a mission to its image, the image to
 * its mission), and every row written through drizzle's upsertRow with the id it had.
 */
export async function sqliteWriter(payload: Payload): Promise<ContentWriter> {
  const { upsertRow } = await import('@payloadcms/drizzle')
  const adapter = payload.db as unknown as DrizzleLike
  const transactionID = await adapter.beginTransaction()
  if (transactionID === null || transactionID === undefined) {
    throw new Error('the SQLite adapter opened no transaction (transactionOptions is off); the import needs one so that a failure leaves nothing behind')
  }
  const req = (await createLocalReq({}, payload)) as PayloadRequest
  req.transactionID = transactionID
  const db = adapter.sessions[transactionID].db
  await adapter.execute({ db, raw: 'PRAGMA defer_foreign_keys = ON' })

  const table = (slug: string, versions = false) => {
    const key = versions ? `_${snakeCase(slug)}${adapter.versionsSuffix ?? '_v'}` : snakeCase(slug)
    const name = adapter.tableNameMap.get(key)
    if (!name) throw new Error(`cannot find the database table of "${slug}"${versions ? ' versions' : ''} (looked for ${key})`)
    return name
  }
  const collectionConfig = (slug: string) => payload.collections[slug as CollectionSlug].config
  const globalConfig = (slug: string) => {
    const config = payload.config.globals.find((global) => global.slug === slug)
    if (!config) throw new Error(`unknown global ${slug}`)
    return config
  }
  type UpsertArgs = Parameters<typeof upsertRow>[0]
  const write = (args: Omit<UpsertArgs, 'adapter' | 'db' | 'operation' | 'req' | 'ignoreResult'>) =>
    upsertRow({ ...args, adapter: adapter as unknown as UpsertArgs['adapter'], db: db as UpsertArgs['db'], operation: 'create', req, ignoreResult: 'idOnly' } as UpsertArgs)
  const withoutId = ({ id: _id, ...rest }: StoredDocument) => rest

  return {
    transactional: true,
    writeDocument: async (collection, doc) => {
      await adapter.create({ collection, data: structuredClone(doc), customID: doc.id, req, returning: false })
    },
    writeVersion: async (collection, version) => {
      await write({
        collectionSlug: collection,
        customID: version.id,
        data: structuredClone(withoutId(version)),
        fields: buildVersionCollectionFields(payload.config, collectionConfig(collection), true),
        tableName: table(collection, true),
      })
    },
    finishVersions: async () => {},
    writeGlobal: async (global, doc) => {
      await write({ globalSlug: global, data: structuredClone(doc), fields: globalConfig(global).flattenedFields, tableName: table(global) })
    },
    writeGlobalVersion: async (global, version) => {
      await write({
        globalSlug: global,
        customID: version.id,
        data: structuredClone(withoutId(version)),
        fields: buildVersionGlobalFields(payload.config, globalConfig(global), true),
        tableName: table(global, true),
      })
    },
    finishGlobalVersions: async () => {},
    checkBeforeCommit: async () => {
      // Payload's drizzle adapter swallows a failed COMMIT (and rolls back), so the deferred
      // foreign keys are checked here, where a violation can still be named.
      const result = (await adapter.execute({ db, raw: 'PRAGMA foreign_key_check' })) as { rows?: Record<string, unknown>[] }
      const rows = result.rows ?? []
      if (!rows.length) return
      const pairs = new Map<string, number>()
      for (const row of rows) {
        const key = `${String(row.table)} → ${String(row.parent)}`
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
      const listed = [...pairs].map(([pair, n]) => `${pair} (${n})`).join(', ')
      throw new Error(`FOREIGN KEY constraint failed: ${rows.length} rows refer to documents that are not there: ${listed}`)
    },
    commit: () => adapter.commitTransaction(transactionID),
    rollback: () => adapter.rollbackTransaction(transactionID),
  }
}

/** The drizzle adapter's table key for a slug (its to-snake-case): "press-releases" → "press_releases". */
export function snakeCase(slug: string): string {
  return slug
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[\W_]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_')
}

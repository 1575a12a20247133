import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Plugin, PayloadRequest } from 'payload'

import { mediaObjects, type MediaObject, type MediaObjects } from './mediaObjects'
import { s3ClientConfig, type S3Env } from './s3Settings'

const MEDIA = 'media'

/** The media bucket, when uploads go to object storage; null keeps them in DATA_DIR/media. */
export function mediaBucket(env: S3Env): string | null {
  return env.S3_BUCKET?.trim() || null
}

/**
 * With `S3_BUCKET` set, the `media` collection keeps every original and every derivative (the
 * sharp sizes) in that bucket of an S3-compatible store instead of `DATA_DIR/media`, so every
 * app server sees every upload; `/api/media/file/<name>` streams them from the bucket, still
 * behind Payload's access check. The bucket stays private. Unset: no plugin, local files.
 *
 * Payload's own @payloadcms/storage-s3 is not used: its newest release (3.90.1) is one patch
 * behind the project's Payload (3.90.2), and in development and tests Payload's dependency
 * check then fails every start with "Mismatching payload dependency versions", even when npm's
 * overrides resolve it onto 3.90.2. This does what the project needs of it with Payload's
 * public upload hooks: no fields (the schema is the same either way), no admin component.
 */
export function mediaStorage(env: S3Env): Plugin[] {
  const bucket = mediaBucket(env)
  if (!bucket) return []
  const objects = mediaObjects(bucket, s3ClientConfig(env))
  return [(config) => ({ ...config, collections: config.collections?.map((c) => (c.slug === MEDIA ? inBucket(c, objects) : c)) })]
}

function inBucket(collection: CollectionConfig, objects: MediaObjects): CollectionConfig {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    upload: {
      ...upload,
      disableLocalStorage: true,
      handlers: [...(upload.handlers ?? []), (req, { params }) => objects.serve(params.filename, req.headers)],
    },
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), holdIncomingFiles],
      afterChange: [...(hooks.afterChange ?? []), storeHeldFiles(objects)],
      afterDelete: [...(hooks.afterDelete ?? []), removeFiles(objects)],
    },
  }
}

/** The files of a save, from when Payload has made them (before the hooks) to when the document is saved. */
const held = new WeakMap<PayloadRequest, MediaObject[]>()

type FileData = { filename?: string | null; mimeType?: string | null; sizes?: Record<string, { filename?: string | null; mimeType?: string | null } | null | undefined> | null }

/**
 * Payload has resized the upload by now: the original in `req.file`, each size's bytes in
 * `req.payloadUploadSizes`, their names and types in the data. Kept by request, because hooks
 * of the same save (a rebuild queued with this request) may run other operations on it.
 */
const holdIncomingFiles: CollectionBeforeChangeHook = ({ data, req }) => {
  const file = req.file
  const fileData = data as FileData
  if (!file?.data?.length || !fileData.filename || !fileData.mimeType) return data
  const files: MediaObject[] = [{ filename: fileData.filename, bytes: file.data, mimeType: fileData.mimeType }]
  for (const [name, size] of Object.entries(fileData.sizes ?? {})) {
    const bytes = req.payloadUploadSizes?.[name]
    // A size not made (withoutEnlargement on a smaller image) has no file.
    if (bytes && size?.filename && size.mimeType) files.push({ filename: size.filename, bytes, mimeType: size.mimeType })
  }
  held.set(req, files)
  return data
}

/**
 * Stores the files once the document is written (a failed validation leaves no orphans in the
 * bucket; a failed upload throws, and the save's transaction is rolled back), then deletes the
 * files of a replaced upload.
 */
const storeHeldFiles = (objects: MediaObjects): CollectionAfterChangeHook => async ({ doc, previousDoc, req }) => {
  const files = held.get(req)
  if (!files) return doc
  held.delete(req)
  await objects.put(files)
  const kept = new Set(filenamesOf(doc))
  const replaced = previousDoc ? filenamesOf(previousDoc).filter((name) => !kept.has(name)) : []
  await objects.remove(replaced)
  return doc
}

const removeFiles = (objects: MediaObjects): CollectionAfterDeleteHook => async ({ doc }) => {
  await objects.remove(filenamesOf(doc))
}

/** The original's and every size's filename. */
export function filenamesOf(doc: FileData): string[] {
  const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
  return [doc.filename, ...sizes].filter((name): name is string => Boolean(name))
}

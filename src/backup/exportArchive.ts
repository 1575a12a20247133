import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import type { Payload } from 'payload'

import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  MANIFEST_ENTRY,
  MARKER_ENTRY,
  PERSONAL_DATA_NOTICE,
  canonicalJson,
  checkFilename,
  collectionEntry,
  fileEntry,
  globalEntry,
  globalVersionsEntry,
  manifestJson,
  markerJson,
  toJsonLines,
  uploadFilenames,
  versionsEntry,
  type CollectionSummary,
  type EntryRecord,
  type GlobalSummary,
  type Manifest,
  type MissingFile,
} from './archiveFormat'
import { payloadVersion } from './payloadVersion'
import { contentCollections, contentGlobals, hasVersions, readDocuments, readGlobal, readGlobalVersions, readVersions } from './storedContent'
import { tarStream, type TarSource } from './tar'
import { uploadDir } from './uploads'

export type ExportOptions = {
  /** The archive file to write (conventionally *.tar.gz). */
  out: string
  /** Replace an existing file at `out`; otherwise one is refused. */
  force?: boolean
  onProgress?: (line: string) => void
}

export type ExportSummary = {
  file: string
  bytes: number
  collections: CollectionSummary[]
  globals: GlobalSummary[]
  files: number
  missingFiles: MissingFile[]
  seconds: number
}

export class ExportError extends Error {}

type FileToCopy = { entry: string; source: string; size: number }

/**
 * Writes every collection, global, version, user and uploaded file into one archive
 * (src/backup/archiveFormat.ts). The same database gives the same bytes: documents by id, files
 * by name, fixed times and owners in the tar, no date of its own. It is written beside `out` and
 * renamed into place once complete, readable by its owner only (it holds personal data).
 */
export async function exportArchive(payload: Payload, options: ExportOptions): Promise<ExportSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const out = path.resolve(options.out)
  if (fs.existsSync(out) && !options.force) throw new ExportError(`${out} already exists; choose another name or pass --force to replace it`)
  if (!fs.existsSync(path.dirname(out))) throw new ExportError(`the folder ${path.dirname(out)} does not exist`)

  const data: { name: string; data: Buffer }[] = []
  const collections: CollectionSummary[] = []
  const files: FileToCopy[] = []
  const missingFiles: MissingFile[] = []
  for (const collection of contentCollections(payload.config)) {
    const docs = await readDocuments(payload, collection.slug)
    data.push({ name: collectionEntry(collection.slug), data: toJsonLines(docs) })
    let versions: number | null = null
    if (hasVersions(collection)) {
      const history = await readVersions(payload, collection.slug)
      data.push({ name: versionsEntry(collection.slug), data: toJsonLines(history) })
      versions = history.length
    }
    const dir = uploadDir(collection)
    let fileCount: number | null = null
    if (dir) {
      fileCount = 0
      for (const doc of docs) {
        for (const filename of uploadFilenames(doc)) {
          checkFilename(filename, `${collection.slug} ${doc.id}`)
          const source = path.join(dir, filename)
          const stat = fs.statSync(source, { throwIfNoEntry: false })
          if (stat?.isFile()) {
            files.push({ entry: fileEntry(collection.slug, filename), source, size: stat.size })
            fileCount += 1
          } else {
            missingFiles.push({ collection: collection.slug, id: String(doc.id), filename })
          }
        }
      }
    }
    collections.push({ slug: collection.slug, documents: docs.length, versions, files: fileCount })
    progress(`${collection.slug}: ${docs.length} documents${versions === null ? '' : `, ${versions} versions`}${fileCount === null ? '' : `, ${fileCount} files`}`)
  }

  const globals: GlobalSummary[] = []
  for (const global of contentGlobals(payload.config)) {
    const doc = await readGlobal(payload, global.slug)
    data.push({ name: globalEntry(global.slug), data: Buffer.from(canonicalJson(doc) + '\n') })
    let versions: number | null = null
    if (hasVersions(global)) {
      const history = await readGlobalVersions(payload, global.slug)
      data.push({ name: globalVersionsEntry(global.slug), data: toJsonLines(history) })
      versions = history.length
    }
    globals.push({ slug: global.slug, saved: doc !== null, versions })
    progress(`global ${global.slug}: ${doc ? 'saved' : 'never saved'}${versions === null ? '' : `, ${versions} versions`}`)
  }

  files.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0))
  const entries: EntryRecord[] = []
  const manifest = (): Manifest => ({
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    payload: payloadVersion(),
    database: payload.db.name,
    locales: localeCodes(payload),
    collections,
    globals,
    missingFiles,
    entries,
    notice: PERSONAL_DATA_NOTICE,
  })
  async function* sources(): AsyncGenerator<TarSource> {
    yield { name: MARKER_ENTRY, data: markerJson() }
    yield* data
    let copied = 0
    for (const file of files) {
      yield { name: file.entry, size: file.size, content: () => fs.createReadStream(file.source) }
      copied += 1
      if (copied % 200 === 0) progress(`files: ${copied} of ${files.length} copied`)
    }
    // Last, so that it can list the size and checksum of everything before it.
    yield { name: MANIFEST_ENTRY, data: manifestJson(manifest()) }
  }

  const partial = `${out}.partial-${process.pid}`
  try {
    await pipeline(
      Readable.from(tarStream(sources(), (record) => {
        if (record.name !== MANIFEST_ENTRY && record.name !== MARKER_ENTRY) entries.push({ path: record.name, size: record.size, sha256: record.sha256 })
      })),
      createGzip(),
      fs.createWriteStream(partial, { mode: 0o600 }),
    )
    fs.renameSync(partial, out)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  return {
    file: out,
    bytes: fs.statSync(out).size,
    collections,
    globals,
    files: files.length,
    missingFiles,
    seconds: (performance.now() - started) / 1000,
  }
}

function localeCodes(payload: Payload): string[] {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : []
}

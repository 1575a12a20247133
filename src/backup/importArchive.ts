import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import type { ArchiveContent } from './archiveContent'
import { ArchiveError, type MissingFile } from './archiveFormat'
import { withObjectIds } from './objectIds'
import { readArchive, type StagedFiles } from './readArchive'
import { contentCollections, contentGlobals, countContent, hasVersions } from './storedContent'
import { uploadDir } from './uploads'
import type { ContentWriter } from './writers/contentWriter'

export type ImportOptions = {
  file: string
  onProgress?: (line: string) => void
}

export type ImportSummary = {
  documents: number
  versions: number
  globals: number
  files: number
  /** Files the archive's documents name that the exporting machine did not have either. */
  missingFiles: MissingFile[]
  /** Ids replaced by ObjectIds for MongoDB (0 on SQLite, and from a MongoDB export). */
  remappedIds: number
  seconds: number
}

/** Refused before anything is written; the database and the upload folders are as they were. */
export class ImportRefusedError extends Error {}

/** Failed while writing; says whether everything was undone. */
export class ImportFailedError extends Error {}

/**
 * Imports an archive written by exportArchive into an empty database: every document, version,
 * global and file as it was, below Payload's hooks (nothing is rebuilt, mailed or re-validated:
 * the sites must be built afterwards, and retention rules apply from then on, not to what is
 * restored). The whole archive is read and checked first; the writes then run in one transaction,
 * and the files are moved into place inside it, so a failure leaves the database and the upload
 * folders empty again. Without a transaction (MongoDB without a replica set) a failure says so.
 */
export async function importArchive(payload: Payload, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const file = path.resolve(options.file)
  if (!fs.existsSync(file)) throw new ImportRefusedError(`${file} does not exist`)

  const existing = await countContent(payload)
  if (existing.total > 0) {
    const listed = Object.entries(existing.by).map(([what, n]) => `${what}: ${n}`).join(', ')
    throw new ImportRefusedError(
      `the database is not empty (${listed}); an archive is imported only into an empty database. ` +
        'Point DATABASE_URL (or DATA_DIR) at a new database and run the import again.',
    )
  }

  const collections = new Map<string, SanitizedCollectionConfig>(contentCollections(payload.config).map((c) => [c.slug, c]))
  const globals = new Map<string, SanitizedGlobalConfig>(contentGlobals(payload.config).map((g) => [g.slug, g]))
  progress(`reading ${path.basename(file)}…`)
  const archive = await readArchive(file, (slug) => {
    const collection = collections.get(slug)
    return collection ? uploadDir(collection) : null
  }).catch((error) => {
    throw error instanceof ArchiveError ? new ImportRefusedError(error.message) : error
  })
  try {
    const { manifest } = archive
    checkAgainstConfig(manifest.collections.map((c) => c.slug), manifest.globals.map((g) => g.slug), collections, globals, archive.content)
    const unknownLocales = manifest.locales.filter((code) => !payload.config.localization || !payload.config.localization.localeCodes.includes(code))
    if (unknownLocales.length) {
      throw new ImportRefusedError(`the archive holds content in ${unknownLocales.join(', ')}, which this Chancery's configuration does not list; add the locale(s) before importing`)
    }
    checkTargets(archive.files)
    progress(`archive checked: written by Payload ${manifest.payload} on ${manifest.database}; ${manifest.entries.length} entries`)

    let content = archive.content
    let remappedIds = 0
    if (payload.db.name === 'mongoose') {
      ;({ content, remapped: remappedIds } = withObjectIds(content))
      if (remappedIds) progress(`${remappedIds} ids are not MongoDB ObjectIds: each is replaced by a fixed ObjectId derived from it, everywhere it is referred to`)
    }

    const writer = await openWriter(payload)
    const moved: string[] = []
    try {
      const counts = await writeContent(writer, content, progress)
      for (const staged of archive.files) {
        for (const filename of staged.filenames) {
          const target = path.join(staged.dir, filename)
          // A hard link does not replace an existing file, whoever put it there since the check.
          fs.linkSync(path.join(staged.staging, filename), target)
          moved.push(target)
        }
        progress(`${staged.collection}: ${staged.filenames.length} files in place`)
      }
      await writer.checkBeforeCommit()
      await writer.commit()
      await checkKept(payload, content)
      return { ...counts, files: moved.length, missingFiles: manifest.missingFiles, remappedIds, seconds: (performance.now() - started) / 1000 }
    } catch (error) {
      for (const target of moved) fs.rmSync(target, { force: true })
      let undone = writer.transactional
      await writer.rollback().catch(() => {
        undone = false
      })
      throw new ImportFailedError(failureMessage(error, undone))
    }
  } finally {
    archive.cleanup()
  }
}

async function openWriter(payload: Payload): Promise<ContentWriter> {
  if (payload.db.name === 'mongoose') return (await import('./writers/mongoWriter')).mongoWriter(payload)
  return (await import('./writers/sqliteWriter')).sqliteWriter(payload)
}

async function writeContent(writer: ContentWriter, content: ArchiveContent, progress: (line: string) => void) {
  let documents = 0
  let versions = 0
  let globals = 0
  for (const [slug, docs] of content.collections) {
    for (const doc of docs) await writer.writeDocument(slug, doc)
    documents += docs.length
    const history = content.versions.get(slug)
    if (history) {
      for (const version of history) await writer.writeVersion(slug, version)
      await writer.finishVersions(slug, history)
      versions += history.length
    }
    progress(`${slug}: ${docs.length} documents${history ? `, ${history.length} versions` : ''}`)
  }
  for (const [slug, doc] of content.globals) {
    if (doc) {
      await writer.writeGlobal(slug, doc)
      globals += 1
    }
    const history = content.globalVersions.get(slug)
    if (history) {
      for (const version of history) await writer.writeGlobalVersion(slug, version)
      await writer.finishGlobalVersions(slug, history)
      versions += history.length
    }
    progress(`global ${slug}: ${doc ? 'saved' : 'never saved'}${history ? `, ${history.length} versions` : ''}`)
  }
  return { documents, versions, globals }
}

/**
 * After the commit, the database holds what was written. A commit can fail without an error
 * reaching us (Payload's drizzle adapter rolls back and swallows it); then nothing was kept.
 */
async function checkKept(payload: Payload, content: ArchiveContent): Promise<void> {
  for (const [slug, docs] of content.collections) {
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug, where: {} })
    if (totalDocs !== docs.length) {
      throw new Error(`the database did not keep the import (${slug}: ${totalDocs} documents after the commit, ${docs.length} written): its commit failed`)
    }
  }
}

/** Every collection and global of the archive exists here, with versions where it has them. */
function checkAgainstConfig(
  archiveCollections: string[],
  archiveGlobals: string[],
  collections: Map<string, { versions?: unknown }>,
  globals: Map<string, { versions?: unknown }>,
  content: ArchiveContent,
): void {
  const unknown = archiveCollections.filter((slug) => !collections.has(slug))
  if (unknown.length) {
    throw new ImportRefusedError(
      `the archive holds the collection(s) ${unknown.join(', ')}, which this Chancery does not have; ` +
        'import it with the version of Chancery that exported it (or one that still has them)',
    )
  }
  const unknownGlobals = archiveGlobals.filter((slug) => !globals.has(slug))
  if (unknownGlobals.length) throw new ImportRefusedError(`the archive holds the global(s) ${unknownGlobals.join(', ')}, which this Chancery does not have`)
  for (const [slug, history] of content.versions) {
    if (history.length && !hasVersions(collections.get(slug)!)) throw new ImportRefusedError(`the archive holds versions of ${slug}, which keeps no versions here`)
  }
  for (const [slug, history] of content.globalVersions) {
    if (history.length && !hasVersions(globals.get(slug)!)) throw new ImportRefusedError(`the archive holds versions of the global ${slug}, which keeps no versions here`)
  }
}

/** No file of the archive would replace one already in an upload folder. */
function checkTargets(files: StagedFiles[]): void {
  for (const staged of files) {
    const clashes = staged.filenames.filter((filename) => fs.existsSync(path.join(staged.dir, filename)))
    if (clashes.length) {
      throw new ImportRefusedError(
        `${staged.dir} already holds ${clashes.length} of the archive's files (${clashes.slice(0, 3).join(', ')}${clashes.length > 3 ? ', …' : ''}); ` +
          'import into an empty upload folder (a new DATA_DIR)',
      )
    }
  }
}

function failureMessage(error: unknown, undone: boolean): string {
  const message = error instanceof Error ? error.message : String(error)
  const cause = /FOREIGN KEY constraint failed/i.test(message)
    ? `some documents refer to documents the archive does not hold (${message}); was it written while the CMS was deleting content?`
    : /replica set|Transaction numbers/i.test(message)
      ? `MongoDB refused the transaction (${message}); transactions need a replica set`
      : message
  return undone
    ? `the import failed and was undone: the database and the upload folders are empty again. Cause: ${cause}`
    : `the import failed part-way and could not be undone (no transaction): the database holds part of the archive. ` +
        `Drop that database (or delete its file) before importing again. Cause: ${cause}`
}


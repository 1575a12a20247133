import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import type { ArchiveContent } from './archiveContent'
import {
  ArchiveError,
  MANIFEST_ENTRY,
  checkFilename,
  checkMarker,
  checkSlug,
  parseJsonLines,
  parseManifest,
  type EntryRecord,
  type Manifest,
} from './archiveFormat'
import { TarFormatError, readTar } from './tar'

export type StagedFiles = {
  collection: string
  /** The collection's upload folder. */
  dir: string
  /** Where the archive's files wait, inside `dir` so that moving them is a rename. */
  staging: string
  filenames: string[]
}

export type ReadArchive = {
  manifest: Manifest
  content: ArchiveContent
  files: StagedFiles[]
  /** Removes the staging folders (and whatever is still in them). */
  cleanup: () => void
}

const ENTRY = /^(collections|versions|global-versions)\/([^/]+)\.jsonl$|^globals\/([^/]+)\.json$|^files\/([^/]+)\/([^/]+)$/

/**
 * Reads a whole archive and checks it before anything is imported: the first entry says what it
 * is, every entry's size and SHA-256 match the manifest (the last entry), nothing is missing,
 * repeated or unexpected. JSON entries are parsed into memory; uploaded files are streamed into
 * a staging folder inside their collection's upload folder. `uploadDirOf` says where a
 * collection's files go (null: the collection takes none here).
 */
export async function readArchive(file: string, uploadDirOf: (collection: string) => string | null): Promise<ReadArchive> {
  if (!fs.existsSync(file)) throw new ArchiveError(`${file} does not exist`)
  const staged = new Map<string, StagedFiles>()
  const cleanup = () => {
    for (const { staging } of staged.values()) fs.rmSync(staging, { recursive: true, force: true })
  }
  try {
    const result = await readEntries(file, uploadDirOf, staged)
    return { ...result, files: [...staged.values()], cleanup }
  } catch (error) {
    cleanup()
    throw error
  }
}

async function readEntries(file: string, uploadDirOf: (collection: string) => string | null, staged: Map<string, StagedFiles>) {
  const received = new Map<string, EntryRecord>()
  const json = new Map<string, Buffer>()
  let manifest: Manifest | null = null
  let first = true
  const stream = openArchive(file)
  try {
    for await (const entry of readTar(stream)) {
      if (first) {
        checkMarker(entry.name, await entry.buffer())
        first = false
        continue
      }
      if (manifest) throw new ArchiveError(`the archive has an entry after ${MANIFEST_ENTRY} (${entry.name}); ${MANIFEST_ENTRY} must be the last`)
      if (entry.name === MANIFEST_ENTRY) {
        manifest = parseManifest(await entry.buffer())
        continue
      }
      if (received.has(entry.name)) throw new ArchiveError(`the archive holds ${entry.name} twice`)
      const match = ENTRY.exec(entry.name)
      if (!match) throw new ArchiveError(`the archive holds an unexpected entry ${entry.name}`)
      if (match[4] !== undefined) {
        received.set(entry.name, await stageFile(entry, checkSlug(match[4], entry.name), checkFilename(match[5], entry.name), uploadDirOf, staged))
      } else {
        checkSlug(match[2] ?? match[3], entry.name)
        const content = await entry.buffer()
        json.set(entry.name, content)
        received.set(entry.name, { path: entry.name, size: content.length, sha256: createHash('sha256').update(content).digest('hex') })
      }
    }
  } catch (error) {
    stream.destroy()
    if (error instanceof TarFormatError) throw new ArchiveError(`${path.basename(file)} is damaged: ${error.message}`)
    if (isZlibError(error)) throw new ArchiveError(`${path.basename(file)} is damaged or truncated (gzip: ${(error as Error).message})`)
    throw error
  }
  if (first) throw new ArchiveError(`${path.basename(file)} is an empty tar archive, not a Chancery archive`)
  if (!manifest) throw new ArchiveError(`the archive has no ${MANIFEST_ENTRY} at its end (truncated?)`)
  checkEntries(manifest, received)
  return { manifest, content: parseContent(manifest, json) }
}

function openArchive(file: string): Readable {
  const head = Buffer.alloc(2)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, head, 0, 2, 0)
  } finally {
    fs.closeSync(fd)
  }
  const source = fs.createReadStream(file)
  if (head[0] !== 0x1f || head[1] !== 0x8b) return source
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  return source.pipe(gunzip)
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && code.startsWith('Z_')
}

async function stageFile(
  entry: { name: string; chunks: () => AsyncGenerator<Buffer> },
  collection: string,
  filename: string,
  uploadDirOf: (collection: string) => string | null,
  staged: Map<string, StagedFiles>,
): Promise<EntryRecord> {
  let target = staged.get(collection)
  if (!target) {
    const dir = uploadDirOf(collection)
    if (!dir) throw new ArchiveError(`the archive holds files for "${collection}", which keeps no uploaded files here`)
    fs.mkdirSync(dir, { recursive: true })
    const staging = path.join(dir, `.chancery-import-${process.pid}-${randomBytes(4).toString('hex')}`)
    fs.mkdirSync(staging, { mode: 0o700 })
    target = { collection, dir, staging, filenames: [] }
    staged.set(collection, target)
  }
  const hash = createHash('sha256')
  let size = 0
  // Opened before the copy, on this thread: when a damaged archive fails the copy, the cleanup
  // empties the staging folder at once, and no open of this file may still run on libuv's threads.
  const into = path.join(target.staging, filename)
  const fd = fs.openSync(into, 'wx')
  await pipeline(
    entry.chunks(),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk)
        size += chunk.length
        yield chunk
      }
    },
    fs.createWriteStream(into, { fd }),
  )
  target.filenames.push(filename)
  return { path: entry.name, size, sha256: hash.digest('hex') }
}

/** Every entry the manifest lists arrived with its size and checksum, and nothing else did. */
function checkEntries(manifest: Manifest, received: Map<string, EntryRecord>): void {
  const listed = new Set<string>()
  for (const expected of manifest.entries) {
    if (listed.has(expected.path)) throw new ArchiveError(`${MANIFEST_ENTRY} lists ${expected.path} twice`)
    listed.add(expected.path)
    const got = received.get(expected.path)
    if (!got) throw new ArchiveError(`${expected.path} is listed in ${MANIFEST_ENTRY} but missing from the archive`)
    if (got.size !== expected.size || got.sha256 !== expected.sha256) {
      throw new ArchiveError(`${expected.path} is damaged: its ${got.size !== expected.size ? `size (${got.size} bytes, ${expected.size} expected)` : 'SHA-256'} does not match ${MANIFEST_ENTRY}`)
    }
  }
  for (const name of received.keys()) {
    if (!listed.has(name)) throw new ArchiveError(`${name} is in the archive but not listed in ${MANIFEST_ENTRY}`)
  }
}

/** The JSON entries parsed, each checked against the manifest's counts. */
function parseContent(manifest: Manifest, json: Map<string, Buffer>): ArchiveContent {
  const content: ArchiveContent = { collections: new Map(), versions: new Map(), globals: new Map(), globalVersions: new Map() }
  const lines = (name: string, expected: number | null, what: string) => {
    const buffer = json.get(name)
    if (expected === null) {
      if (buffer) throw new ArchiveError(`${name} is in the archive, but ${MANIFEST_ENTRY} says ${what} has none`)
      return null
    }
    if (!buffer) throw new ArchiveError(`${name} is missing from the archive`)
    const docs = parseJsonLines(buffer, name)
    if (docs.length !== expected) throw new ArchiveError(`${name} holds ${docs.length} documents; ${MANIFEST_ENTRY} says ${expected}`)
    return docs
  }
  const seen = new Set<string>()
  for (const c of manifest.collections) {
    if (seen.has(c.slug)) throw new ArchiveError(`${MANIFEST_ENTRY} lists collection ${c.slug} twice`)
    seen.add(c.slug)
    content.collections.set(c.slug, lines(`collections/${c.slug}.jsonl`, c.documents, c.slug)!)
    const versions = lines(`versions/${c.slug}.jsonl`, c.versions, `${c.slug} has versions; it`)
    if (versions) content.versions.set(c.slug, versions)
  }
  for (const g of manifest.globals) {
    if (seen.has(`global ${g.slug}`)) throw new ArchiveError(`${MANIFEST_ENTRY} lists global ${g.slug} twice`)
    seen.add(`global ${g.slug}`)
    const name = `globals/${g.slug}.json`
    const buffer = json.get(name)
    if (!buffer) throw new ArchiveError(`${name} is missing from the archive`)
    let doc: unknown
    try {
      doc = JSON.parse(buffer.toString('utf8'))
    } catch (error) {
      throw new ArchiveError(`${name} is not valid JSON (${(error as Error).message})`)
    }
    if (doc !== null && (typeof doc !== 'object' || Array.isArray(doc))) throw new ArchiveError(`${name} must hold a JSON object or null`)
    if ((doc !== null) !== g.saved) throw new ArchiveError(`${name} ${doc ? 'holds a document' : 'is empty'}, but ${MANIFEST_ENTRY} says otherwise`)
    content.globals.set(g.slug, doc as Record<string, unknown> | null)
    const versions = lines(`global-versions/${g.slug}.jsonl`, g.versions, `global ${g.slug} has versions; it`)
    if (versions) content.globalVersions.set(g.slug, versions)
  }
  for (const name of json.keys()) {
    const slug = /^(?:collections|versions)\/(.+)\.jsonl$/.exec(name)?.[1] ?? /^(?:globals\/(.+)\.json|global-versions\/(.+)\.jsonl)$/.exec(name)?.slice(1).find(Boolean)
    const known = name.startsWith('global') ? seen.has(`global ${slug}`) : seen.has(slug ?? '')
    if (!known) throw new ArchiveError(`${name} is in the archive, but ${MANIFEST_ENTRY} does not list ${slug}`)
  }
  return content
}

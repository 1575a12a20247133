/**
 * What a Chancery archive holds and how it is laid out (docs/backup.md). Pure: names, the
 * manifest and its checks, JSON lines. The archive is a gzipped tar whose entries are, in order:
 *
 *   chancery-archive.json              {"format":"chancery-archive","version":1}: what this file is
 *   collections/<slug>.jsonl           every document of the collection, one per line, by id
 *   versions/<slug>.jsonl              its version history (collections with versions)
 *   globals/<slug>.json                the global, or null when it was never saved
 *   global-versions/<slug>.jsonl       its version history (globals with versions)
 *   files/<collection>/<filename>      the upload collections' files (originals and every size)
 *   manifest.json                      counts, locales, and the size and SHA-256 of every entry above
 *
 * Documents are stored as the database adapter holds them: every locale of a localized field,
 * hidden fields (password hashes and salts) included, ids and timestamps as they were; each
 * object's keys sorted (canonicalJson).
 */

export const ARCHIVE_FORMAT = 'chancery-archive'
export const ARCHIVE_VERSION = 1
export const MARKER_ENTRY = 'chancery-archive.json'
export const MANIFEST_ENTRY = 'manifest.json'

export const PERSONAL_DATA_NOTICE =
  'This archive holds personal data (enquiries, bookings, survey answers, user accounts with password hashes). ' +
  'Keep it where only administrators can read it, and delete it when it is no longer needed.'

export const collectionEntry = (slug: string) => `collections/${slug}.jsonl`
export const versionsEntry = (slug: string) => `versions/${slug}.jsonl`
export const globalEntry = (slug: string) => `globals/${slug}.json`
export const globalVersionsEntry = (slug: string) => `global-versions/${slug}.jsonl`
export const fileEntry = (collection: string, filename: string) => `files/${collection}/${filename}`

export type EntryRecord = { path: string; size: number; sha256: string }

export type CollectionSummary = {
  slug: string
  documents: number
  /** Null for a collection without versions. */
  versions: number | null
  /** Files stored for an upload collection; null for the others. */
  files: number | null
}

export type GlobalSummary = { slug: string; saved: boolean; versions: number | null }

export type MissingFile = { collection: string; id: string; filename: string }

export type Manifest = {
  format: typeof ARCHIVE_FORMAT
  version: number
  /** The Payload version and database adapter that wrote it: for whoever has to read it later. */
  payload: string
  database: string
  locales: string[]
  collections: CollectionSummary[]
  globals: GlobalSummary[]
  /** Files the documents name that were not on disk when the archive was written. */
  missingFiles: MissingFile[]
  entries: EntryRecord[]
  notice: string
}

export type StoredDocument = Record<string, unknown> & { id: string | number }

export class ArchiveError extends Error {}

export function markerJson(): Buffer {
  return Buffer.from(JSON.stringify({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION }) + '\n')
}

/** Checks the first entry: is this a Chancery archive, and one this version can read? */
export function checkMarker(name: string, content: Buffer): void {
  if (name !== MARKER_ENTRY) {
    throw new ArchiveError(`not a Chancery archive: its first entry is "${name}", not "${MARKER_ENTRY}"`)
  }
  const marker = parseJson(content, MARKER_ENTRY) as { format?: unknown; version?: unknown }
  if (marker?.format !== ARCHIVE_FORMAT) throw new ArchiveError(`not a Chancery archive: ${MARKER_ENTRY} says format ${JSON.stringify(marker?.format)}`)
  checkVersion(marker.version)
}

function checkVersion(version: unknown): void {
  if (version !== ARCHIVE_VERSION) {
    throw new ArchiveError(
      typeof version === 'number' && version > ARCHIVE_VERSION
        ? `the archive is format version ${version}, newer than this Chancery reads (${ARCHIVE_VERSION}); import it with the version that wrote it or a newer one`
        : `the archive's format version ${JSON.stringify(version)} is not one this Chancery reads (${ARCHIVE_VERSION})`,
    )
  }
}

export function manifestJson(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(manifest, null, 2) + '\n')
}

/** The manifest, checked field by field: an archive edited by hand is refused by name, not half-read. */
export function parseManifest(content: Buffer): Manifest {
  const raw = parseJson(content, MANIFEST_ENTRY) as Record<string, unknown>
  const where = (field: string) => `${MANIFEST_ENTRY}: ${field}`
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ArchiveError(`${MANIFEST_ENTRY} is not a JSON object`)
  if (raw.format !== ARCHIVE_FORMAT) throw new ArchiveError(`${where('format')} must be "${ARCHIVE_FORMAT}"`)
  checkVersion(raw.version)
  const list = (field: string) => {
    if (!Array.isArray(raw[field])) throw new ArchiveError(`${where(field)} must be a list`)
    return raw[field] as Record<string, unknown>[]
  }
  const count = (value: unknown, field: string, nullable = false) => {
    if (nullable && value === null) return null
    if (!Number.isInteger(value) || (value as number) < 0) throw new ArchiveError(`${where(field)} must be a whole number ≥ 0${nullable ? ' or null' : ''}`)
    return value as number
  }
  const text = (value: unknown, field: string) => {
    if (typeof value !== 'string') throw new ArchiveError(`${where(field)} must be text`)
    return value
  }
  const collections = list('collections').map((c, i) => ({
    slug: checkSlug(text(c?.slug, `collections[${i}].slug`), `collections[${i}].slug`),
    documents: count(c.documents, `collections[${i}].documents`) as number,
    versions: count(c.versions, `collections[${i}].versions`, true),
    files: count(c.files, `collections[${i}].files`, true),
  }))
  const globals = list('globals').map((g, i) => {
    if (typeof g?.saved !== 'boolean') throw new ArchiveError(`${where(`globals[${i}].saved`)} must be true or false`)
    return { slug: checkSlug(text(g.slug, `globals[${i}].slug`), `globals[${i}].slug`), saved: g.saved, versions: count(g.versions, `globals[${i}].versions`, true) }
  })
  const entries = list('entries').map((e, i) => {
    const sha256 = text(e?.sha256, `entries[${i}].sha256`)
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ArchiveError(`${where(`entries[${i}].sha256`)} must be 64 hexadecimal digits`)
    return { path: text(e.path, `entries[${i}].path`), size: count(e.size, `entries[${i}].size`) as number, sha256 }
  })
  const missingFiles = list('missingFiles').map((m, i) => ({
    collection: text(m?.collection, `missingFiles[${i}].collection`),
    id: String(m.id),
    filename: text(m.filename, `missingFiles[${i}].filename`),
  }))
  const locales = list('locales').map((l, i) => text(l, `locales[${i}]`))
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    payload: typeof raw.payload === 'string' ? raw.payload : 'unknown',
    database: typeof raw.database === 'string' ? raw.database : 'unknown',
    locales,
    collections,
    globals,
    missingFiles,
    entries,
    notice: typeof raw.notice === 'string' ? raw.notice : PERSONAL_DATA_NOTICE,
  }
}

const SLUG = /^[a-z0-9][a-z0-9_-]*$/i

export function checkSlug(slug: string, field: string): string {
  if (!SLUG.test(slug)) throw new ArchiveError(`${field}: "${slug}" is not a collection or global slug`)
  return slug
}

/** A stored file name that is safe as one path segment: no folders, no climbing out. */
export function checkFilename(filename: unknown, where: string): string {
  if (typeof filename !== 'string' || !filename || filename === '.' || filename === '..' || /[/\\\0]/.test(filename)) {
    throw new ArchiveError(`${where}: ${JSON.stringify(filename)} is not a plain file name`)
  }
  return filename
}

/** The files an upload document names: the original and each image size. */
export function uploadFilenames(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string' && doc.filename) names.add(doc.filename)
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, unknown>)) {
      const name = (size as { filename?: unknown } | null)?.filename
      if (typeof name === 'string' && name) names.add(name)
    }
  }
  return [...names]
}

/** Documents ordered by id as text (code units, not the locale), so the order never depends on the machine. */
export function byId<T extends { id: unknown }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0))
}

export function toJsonLines(docs: unknown[]): Buffer {
  return Buffer.from(docs.map((doc) => canonicalJson(doc) + '\n').join(''), 'utf8')
}

/**
 * JSON with every object's keys sorted. The adapters return keys in an order that is not theirs to
 * keep (SQLite hands a localized field's locales back in whatever order its query plan reads the
 * locale rows, which differs from one process to the next); JSON objects are unordered, so sorting
 * them loses nothing and makes the same content give the same bytes.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  const plain = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value
  if (Array.isArray(plain)) return plain.map(sortKeys)
  if (!plain || typeof plain !== 'object') return plain
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(plain).sort()) sorted[key] = sortKeys((plain as Record<string, unknown>)[key])
  return sorted
}

/** One JSON object with an id per line; duplicate ids refused (two documents cannot share one). */
export function parseJsonLines(content: Buffer, entry: string): StoredDocument[] {
  const text = content.toString('utf8')
  const docs: StoredDocument[] = []
  const seen = new Set<string>()
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((line, index) => {
    const where = `${entry}, line ${index + 1}`
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new ArchiveError(`${where} is not valid JSON (${(error as Error).message})`)
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ArchiveError(`${where} is not a JSON object`)
    const id = (doc as { id?: unknown }).id
    if ((typeof id !== 'string' || !id) && typeof id !== 'number') throw new ArchiveError(`${where} has no id`)
    if (seen.has(String(id))) throw new ArchiveError(`${where} repeats id ${id}`)
    seen.add(String(id))
    docs.push(doc as StoredDocument)
  })
  return docs
}

function parseJson(content: Buffer, entry: string): unknown {
  try {
    return JSON.parse(content.toString('utf8'))
  } catch (error) {
    throw new ArchiveError(`${entry} is not valid JSON (${(error as Error).message})`)
  }
}

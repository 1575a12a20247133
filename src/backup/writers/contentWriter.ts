import type { StoredDocument } from '../archiveFormat'

/**
 * Writes stored documents back as they were: ids, timestamps, hidden fields and every locale kept,
 * below Payload's hooks (no rebuilds queued, no mail sent, no timestamps rewritten, no
 * validation against today's rules: a backup restores what was). One per database adapter,
 * because Payload's own create-version and create-global calls assign new ids and times.
 */
export type ContentWriter = {
  /** False when the database could not open a transaction: a failure then leaves part of the archive behind. */
  readonly transactional: boolean
  writeDocument: (collection: string, doc: StoredDocument) => Promise<void>
  writeVersion: (collection: string, version: StoredDocument) => Promise<void>
  /** After the last version of a collection: lets a writer settle which version is the latest. */
  finishVersions: (collection: string, versions: StoredDocument[]) => Promise<void>
  writeGlobal: (global: string, doc: Record<string, unknown>) => Promise<void>
  writeGlobalVersion: (global: string, version: StoredDocument) => Promise<void>
  finishGlobalVersions: (global: string, versions: StoredDocument[]) => Promise<void>
  /** Refuses (throws) what the database would refuse at commit, naming it: some adapters swallow a failed commit. */
  checkBeforeCommit: () => Promise<void>
  commit: () => Promise<void>
  rollback: () => Promise<void>
}

/** A version document's parts, as createVersion and the tables take them. */
export function versionParts(version: StoredDocument) {
  const { id, parent, version: versionData, createdAt, updatedAt, autosave, publishedLocale, snapshot, latest, ...rest } = version
  return { id, parent, versionData: (versionData ?? {}) as Record<string, unknown>, createdAt, updatedAt, autosave, publishedLocale, snapshot, latest, rest }
}

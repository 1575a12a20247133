import type { StoredDocument } from './archiveFormat'

/** What an archive's JSON entries hold, by collection or global slug. */
export type ArchiveContent = {
  collections: Map<string, StoredDocument[]>
  versions: Map<string, StoredDocument[]>
  globals: Map<string, Record<string, unknown> | null>
  globalVersions: Map<string, StoredDocument[]>
}

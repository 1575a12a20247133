import type { TrailAction } from './types'

export type SaveFacts = {
  operation: 'create' | 'update'
  /** The save brought back an earlier version (Payload's restoreVersion). */
  restoring: boolean
  /** The collection or global has drafts. */
  drafts: boolean
  /** A draft save: the live version, if any, is left as it was. */
  draftSave: boolean
  /** Whether the live document was published before the save; null when it was not read (a bulk update). */
  liveBefore: boolean | null
  /** The status of the latest version before the save, and of the one saved. */
  statusBefore: unknown
  statusAfter: unknown
}

/**
 * What a save was, in the trail's words. Publish: the latest version went from draft to
 * published (first publication, or a pending revision approved). Unpublish: live content taken
 * down. Update: everything else that changed a document, draft saves and direct edits of live
 * content among them.
 */
export function saveAction(facts: SaveFacts): TrailAction {
  if (facts.restoring) return 'restore'
  if (facts.operation === 'create') return 'create'
  if (!facts.drafts || facts.draftSave) return 'update'
  const publishedAfter = facts.statusAfter === 'published'
  const liveBefore = facts.liveBefore ?? facts.statusBefore === 'published'
  if (publishedAfter && facts.statusBefore !== 'published') return 'publish'
  if (!publishedAfter && liveBefore) return 'unpublish'
  return 'update'
}

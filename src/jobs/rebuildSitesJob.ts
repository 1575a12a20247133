/**
 * The rebuild job's name and input, apart from its handler: the collection hooks that queue it
 * must not pull the whole site generator into every collection's config.
 */
export const REBUILD_SITES = 'rebuildSites'

/** A document whose save or deletion queued the rebuild. */
export type ContentChange = { collection: string; id: string }

/** Mission slugs (an empty list rebuilds every site) and, when known, the document that changed. */
export type RebuildSitesInput = { missions: string[]; changes?: ContentChange[] }

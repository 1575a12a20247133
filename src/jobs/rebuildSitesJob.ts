/**
 * The rebuild job's name and input, apart from its handler: the collection hooks that queue it
 * must not pull the whole site generator into every collection's config.
 */
export const REBUILD_SITES = 'rebuildSites'

/** Mission slugs; an empty list rebuilds every site. */
export type RebuildSitesInput = { missions: string[] }

import { absoluteUrl } from '../../src/content/sitePaths'

/** Turns a site path (see sitePaths) into the href written on a page. */
export type Linker = (sitePath: string) => string

/**
 * Links relative to the page, so a mission folder works wherever it is served: its own
 * domain, a subfolder such as /sites/<mission>/, or straight from disk.
 */
export function relativeLinker(fromSitePath: string): Linker {
  const folder = fromSitePath.slice(0, fromSitePath.lastIndexOf('/') + 1)
  const up = '../'.repeat(folder.split('/').length - 1)
  return (sitePath) => up + sitePath
}

/** Absolute links, for pages a server may answer at any depth (the 404 page). */
export function absoluteLinker(baseUrl: string): Linker {
  return (sitePath) => absoluteUrl(baseUrl, sitePath)
}

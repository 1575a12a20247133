import { absoluteUrl } from '../../src/content/sitePaths'

/**
 * How a page links: called with a site path (see sitePaths), the href written on the page;
 * `url` does the same for an absolute URL, which stays absolute unless it is inside this site.
 */
export type Linker = ((sitePath: string) => string) & { url: (url: string) => string }

/**
 * Links relative to the page, so a mission folder works wherever it is served: its own
 * domain, a subfolder such as /sites/<mission>/, or straight from disk. The loader gives
 * images absolute URLs under the site's `baseUrl` (feeds, Open Graph and JSON-LD need them
 * so); on the page they become relative too, or a copied site would show the original's.
 */
export function relativeLinker(fromSitePath: string, baseUrl: string): Linker {
  const folder = fromSitePath.slice(0, fromSitePath.lastIndexOf('/') + 1)
  const up = '../'.repeat(folder.split('/').length - 1)
  const site = absoluteUrl(baseUrl, '')
  const link = (sitePath: string) => up + sitePath
  return Object.assign(link, { url: (url: string) => (url.startsWith(site) ? link(url.slice(site.length)) : url) })
}

/** Absolute links, for pages a server may answer at any depth (the 404 page). */
export function absoluteLinker(baseUrl: string): Linker {
  return Object.assign((sitePath: string) => absoluteUrl(baseUrl, sitePath), { url: (url: string) => url })
}

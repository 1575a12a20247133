/**
 * Where each site's search lives, relative to its folder (as sitePaths does for the rest), and
 * which of its pages the search index covers. Apart from the indexer so templates can link to
 * the search page and mark what is indexed without loading Pagefind.
 */
import { sitePaths } from '../content/sitePaths'
import type { LocaleCode } from '../content/viewModels'

export const searchPaths = {
  /** The search page of one language: it searches that language's index. */
  page: (locale: LocaleCode) => `${locale}/search/`,
  /** The page's script: loads Pagefind from the site's own folder, shows results as a list of links. */
  script: `${sitePaths.assets}search.js`,
  /** The index, one per site holding every language of it (Pagefind's bundle folder). */
  bundle: 'pagefind/',
} as const

/** Whether a file of a site belongs to its search index (written by the indexer, kept by the page builds). */
export const isSearchIndexFile = (path: string) => path.startsWith(searchPaths.bundle)

// Pages that list other pages (each of which is indexed itself) and the search page: a result
// should be the release, not the news page that lists it. (The CMS's own pages are never indexed.)
const UNINDEXED = [
  /^[a-z]{2}\/news\/$/,
  /^[a-z]{2}\/blog\/$/,
  /^[a-z]{2}\/services\/$/,
  /^[a-z]{2}\/network-news\/$/,
  /^[a-z]{2}\/feeds\/$/,
  /^[a-z]{2}\/search\/$/,
  // Archive pages of any list (the news, and any paged list to come).
  /\/archive\/\d+\/$/,
]

/**
 * Whether a page's main content goes into the search index (the page shell marks it
 * `data-pagefind-body`; Pagefind then skips every page without the mark, and the header,
 * navigation and footer of every page).
 */
export function isIndexedPage(sitePath: string): boolean {
  // A page is a folder's index.html; a path ending in .html is the 404 page.
  return sitePath.endsWith('/') && !UNINDEXED.some((pattern) => pattern.test(sitePath))
}

/** Whether a file of a site is an indexed page (a folder's index.html whose path isIndexedPage). */
export function isIndexedFile(path: string): boolean {
  return path.endsWith('/index.html') && isIndexedPage(path.slice(0, -'index.html'.length))
}

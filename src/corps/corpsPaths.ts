/**
 * Where the accredited corps lives on the ministry's site, relative to its folder: one module,
 * so pages, links, the sitemap and the open data never disagree.
 */
import type { LocaleCode } from '../content/viewModels'

export const corpsPaths = {
  /** By sending state, in the page's collation order, then international organisations. */
  byCountry: (locale: LocaleCode) => `${locale}/corps/`,
  /** The order of precedence: the diplomatic corps, the consular corps, then organisations. */
  precedence: (locale: LocaleCode) => `${locale}/corps/precedence/`,
  json: 'data/accredited-corps.json',
  csv: 'data/accredited-corps.csv',
} as const

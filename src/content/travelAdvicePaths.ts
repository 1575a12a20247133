/**
 * Where travel advice lives on the ministry's site, relative to its folder: one module, so
 * pages, links, feeds, OPML and open data never disagree. Country codes are lower case in paths.
 */
import type { LocaleCode } from './viewModels'

const cc = (country: string) => country.toLowerCase()

export const travelAdvicePaths = {
  index: (locale: LocaleCode) => `${locale}/travel/`,
  country: (locale: LocaleCode, country: string) => `${locale}/travel/${cc(country)}/`,
  /** A country's major changes. */
  countryRss: (locale: LocaleCode, country: string) => `${locale}/travel/${cc(country)}/feed.xml`,
  countryJson: (locale: LocaleCode, country: string) => `${locale}/travel/${cc(country)}/feed.json`,
  /** Every change of every country, major and minor. */
  allRss: (locale: LocaleCode) => `${locale}/travel/feed.xml`,
  allJson: (locale: LocaleCode) => `${locale}/travel/feed.json`,
  /** Every country's major changes. */
  majorRss: (locale: LocaleCode) => `${locale}/travel/major/feed.xml`,
  majorJson: (locale: LocaleCode) => `${locale}/travel/major/feed.json`,
  /** The levels as open data. */
  levelsJson: 'data/travel-advice.json',
  levelsCsv: 'data/travel-advice.csv',
} as const

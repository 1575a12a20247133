import type { LocaleCode } from '../config/locales'

/** Where a mission site's alert files live, relative to its folder (as sitePaths does for the rest). */
export const alertPaths = {
  /** Every alert not yet over, in every language the site serves: what the sites' script reads. */
  file: 'alerts.json',
  script: 'assets/alerts.js',
  rss: (locale: LocaleCode) => `${locale}/alerts/feed.xml`,
  jsonFeed: (locale: LocaleCode) => `${locale}/alerts/feed.json`,
} as const

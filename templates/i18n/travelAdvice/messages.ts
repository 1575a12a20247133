import type { AdvicePart, AlertLevelNumber } from '../../../src/content/travelAdviceLevels'

/** Interface strings of travel advice: the ministry's pages, the missions' panel and the feeds. */
export type TravelAdviceMessages = {
  title: string
  intro: string
  /** The four levels, as the public reads them. */
  levels: Record<AlertLevelNumber, string>
  levelNumber: (level: AlertLevelNumber) => string
  country: string
  level: string
  lastReviewed: string
  lastChange: string
  summary: string
  parts: Record<AdvicePart, string>
  regions: string
  /** The index and the panel: some regions stand higher than the whole country. */
  higherInParts: (level: AlertLevelNumber) => string
  history: string
  major: string
  minor: string
  countryTitle: (country: string) => string
  panelHeading: (country: string) => string
  panelLink: (country: string) => string
  /** Feeds: this country's major changes, every change, every major change. */
  feedsHeading: string
  countryFeed: (country: string) => string
  allChanges: string
  majorChanges: string
  openData: string
  noAdvice: string
  /** A feed item's title: the country and its level after the change. */
  itemTitle: (country: string, level: string) => string
}

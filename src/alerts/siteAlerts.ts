import { absoluteUrl, sitePaths } from '../content/sitePaths'
import type { LocaleCode, MissionSiteView } from '../content/viewModels'
import type { PlannedFile } from '../build/outputPlan'
import { renderJsonFeed } from '../feeds/jsonFeed'
import { renderRss } from '../feeds/rss'
import type { FeedItemView, FeedView } from '../feeds/types'
import { ALERTS_SCRIPT } from '../../templates/alerts/alertsScript'
import { alertsFile } from '../../templates/alerts/alertsFile'
import { alertMessagesFor } from '../../templates/i18n/alerts'
import { alertsFor } from './activeAlerts'
import { alertPaths } from './alertPaths'

type Doc = Record<string, any>

/** The site view with the alerts it shows at `now`; the view's own mission decides which concern it. */
export function withAlerts(site: MissionSiteView, alerts: Doc[] | undefined, now: Date): MissionSiteView {
  return { ...site, alerts: alertsFor(alerts, site.mission, site.locale, site.mission.defaultLocale, now) }
}

/**
 * The site's alerts feeds in one language (RSS and JSON Feed): the alerts in force, each item
 * pointing at the alert on the home page. Its id derives from the alert and language only.
 */
export function alertFeedFiles(site: MissionSiteView, hubUrl: string | null | undefined): PlannedFile[] {
  const { locale, mission } = site
  const t = alertMessagesFor(locale)
  const base = mission.baseUrl
  const home = absoluteUrl(base, sitePaths.home(locale))
  const items: FeedItemView[] = (site.alerts ?? []).map((alert) => ({
    id: `alert-${alert.id}`, slug: alert.id,
    title: `${t.severity[alert.severity]}: ${alert.title}`,
    summary: alert.text,
    bodyHtml: '',
    publishedAt: alert.startsAt, updatedAt: alert.updatedAt,
    heroImage: null, topics: [], origin: null, author: null,
    url: `${home}#alert-${alert.id}`,
  }))
  const feed = (feedUrl: string): FeedView => ({
    title: t.feedTitle(mission.name), description: t.feedDescription(mission.name), language: locale,
    homePageUrl: home, feedUrl, hubUrl: hubUrl ?? null, author: { name: mission.name, url: home }, items,
  })
  return [
    { path: alertPaths.rss(locale), contents: renderRss(feed(absoluteUrl(base, alertPaths.rss(locale)))), source: `alerts RSS feed (${locale})` },
    { path: alertPaths.jsonFeed(locale), contents: renderJsonFeed(feed(absoluteUrl(base, alertPaths.jsonFeed(locale)))), source: `alerts JSON feed (${locale})` },
  ]
}

/** The site-wide alert files: what the script reads (every alert not over yet, per language) and the script itself. */
export function alertSiteFiles(sites: MissionSiteView[], alerts: Doc[] | undefined, now: Date): PlannedFile[] {
  const byLocale: Partial<Record<LocaleCode, ReturnType<typeof alertsFor>>> = {}
  for (const site of sites) byLocale[site.locale] = alertsFor(alerts, site.mission, site.locale, site.mission.defaultLocale, now, 'current')
  return [
    { path: alertPaths.file, contents: alertsFile(byLocale), source: 'alerts file' },
    { path: alertPaths.script, contents: ALERTS_SCRIPT, source: 'alerts script' },
  ]
}

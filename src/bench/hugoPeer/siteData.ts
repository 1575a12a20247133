/**
 * What the Hugo peer's templates know of one mission's site in one language (a Hugo data file,
 * data/sites/<mission>/<locale>.json): the same view the shell of Chancery's pages is made from
 * (names, navigation, labels, brand, feeds), with links as site paths, so that the templates
 * build every link, date and page themselves.
 */
import { alertPaths } from '../../alerts/alertPaths'
import type { ImageView, LocaleCode, MissionSiteView } from '../../content/viewModels'
import { emergencyNumber } from '../../../templates/components/emergencyPanel'
import { telHref } from '../../../templates/components/phoneLink'
import { languageName, messagesFor } from '../../../templates/i18n'
import { alertMessagesFor } from '../../../templates/i18n/alerts'
import { citizenMessagesFor } from '../../../templates/i18n/citizen'
import { ministryOrganization, missionOrganization } from '../../../templates/jsonld/organization'
import { brandCss } from '../../../templates/layout/brand'
import { navItems } from '../../../templates/layout/primaryNav'
import { sitePaths } from '../../content/sitePaths'

export type HugoImage = {
  /** Site path (relative to the mission's folder) when the image is the site's own; else an absolute URL. */
  src: string
  abs: string
  width: number
  height: number
  alt: string
  mimeType: string
  bytes: number
  sources: { type: string; candidates: { src: string; w: string }[] }[]
}

/** A URL of the site's own as a site path, so that a template can link to it relatively. */
export function sitePath(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url
}

export function hugoImage(image: ImageView, baseUrl: string): HugoImage {
  return {
    src: sitePath(image.src, baseUrl), abs: image.src, width: image.width, height: image.height, alt: image.alt, mimeType: image.mimeType, bytes: image.bytes,
    sources: image.sources.map((s) => ({
      type: s.type,
      candidates: s.srcset.split(',').map((c) => {
        const [src, w] = c.trim().split(/\s+/)
        return { src: sitePath(src, baseUrl), w: w ?? '' }
      }),
    })),
  }
}

/** "1 de enero de 2026": the order and words of a long date in this locale, for the templates to fill. */
function dateParts(locale: LocaleCode) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const parts = format.formatToParts(new Date(Date.UTC(2026, 0, 1))).map((p) => ({ type: p.type, value: p.type === 'literal' ? p.value : '' }))
  const months = Array.from({ length: 12 }, (_, m) => format.formatToParts(new Date(Date.UTC(2026, m, 1))).find((p) => p.type === 'month')!.value)
  return { parts, months }
}

/** The mission's base URL, ending in "/": site paths are appended to it. */
export const siteBase = (site: MissionSiteView) => (site.mission.baseUrl.endsWith('/') ? site.mission.baseUrl : `${site.mission.baseUrl}/`)

export function hugoSiteData(site: MissionSiteView) {
  const { locale, mission, ministry } = site
  const t = messagesFor(locale)
  const citizen = citizenMessagesFor(locale)
  const base = siteBase(site)
  const emergency = emergencyNumber(mission.offices)
  return {
    locale, dir: site.dir, base,
    missionName: mission.name, ministryName: ministry.name,
    emblem: ministry.emblem ? hugoImage(ministry.emblem, base) : null,
    brandCss: brandCss(ministry.brand),
    alertsScript: alertPaths.script, alertsFile: alertPaths.file,
    locales: mission.siteLocales.map((code) => ({ code, name: languageName(code) })),
    defaultLocale: mission.defaultLocale,
    nav: navItems(site).map((item) => ({ key: item.key, path: item.path, label: item.label })),
    emergency: emergency ? { href: telHref(emergency), text: emergency.replace(/ /g, '\u00a0'), label: alertMessagesFor(locale).emergency } : null,
    sampleData: mission.sampleData ? t.sampleData : '',
    footer: {
      citizen: [
        ...(site.citizen.forms ? [{ path: `${sitePaths.contact(locale)}#enquiry`, label: citizen.footer.contactForm }] : []),
        { path: sitePaths.charter(locale), label: citizen.footer.charter },
        { path: sitePaths.privacy(locale), label: citizen.footer.privacy },
      ],
      related: ministry.relatedLinks.map((l) => ({ url: l.url, label: l.label })),
      text: ministry.footerText,
    },
    labels: {
      skip: t.skipToContent, primaryNavigation: t.primaryNavigation, languageNavigation: t.languageNavigation, relatedBodies: t.relatedBodies,
      rss: t.feeds.rss, jsonFeed: t.feeds.jsonFeed, alerts: alertMessagesFor(locale).region,
      newsTitle: t.news.title, newer: t.news.newer, older: t.news.older, pagination: t.news.pagination, published: t.news.published,
      updated: t.news.updated, from: t.news.from, topics: t.news.topics, allNews: t.home.allNews, latestNews: t.home.latestNews,
      keyServices: t.home.keyServices, allServices: t.home.allServices, emergency: t.home.emergency, emergencyHelp: t.home.emergencyHelp,
      archivePage: t.news.archivePage(0).replace('0', '%d'),
      alertsFeedTitle: alertMessagesFor(locale).feedTitle(mission.name), alertsFeedDescription: alertMessagesFor(locale).feedDescription(mission.name),
    },
    feed: { title: mission.name, description: `${mission.name} — ${ministry.name}` },
    organizations: { ministry: ministryOrganization(ministry), mission: missionOrganization(mission, locale, ministry) },
    date: dateParts(locale),
  }
}

export type HugoSiteData = ReturnType<typeof hugoSiteData>

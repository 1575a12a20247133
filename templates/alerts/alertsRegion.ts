import { alertPaths } from '../../src/alerts/alertPaths'
import { sitePaths } from '../../src/content/sitePaths'
import type { AlertView, LocaleCode, MissionSiteView } from '../../src/content/viewModels'
import { html, trustedHtml, type SafeHtml } from '../html/html'
import { alertMessagesFor } from '../i18n/alerts'
import type { Linker } from '../layout/links'

/**
 * The alerts region is framed by these comments so that the live refresh after an alert can
 * replace it in pages already written (src/alerts/refreshAlerts.ts). Text inside is escaped,
 * so no editor's text can contain either marker.
 */
export const ALERTS_START = '<!--alerts-->'
export const ALERTS_END = '<!--/alerts-->'

const untilFormats = new Map<LocaleCode, Intl.DateTimeFormat>()

/** "15 March 2024 at 18:00 UTC", in UTC as every date of the sites, the zone named. */
export function formatUntil(locale: LocaleCode, iso: string): string {
  let format = untilFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })
    untilFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}

/** One alert. A critical one is role="alert": a screen reader says it as the page opens. */
export function alertItem(locale: LocaleCode, alert: AlertView): SafeHtml {
  const t = alertMessagesFor(locale)
  return html`<div class="alert alert--${alert.severity}" id="alert-${alert.id}"${alert.severity === 'critical' && html` role="alert"`}>
<p class="alert__title"><strong class="alert__severity">${t.severity[alert.severity]}:</strong> ${alert.title}</p>
<p class="alert__text">${alert.text}</p>
<p class="alert__until">${t.until(formatUntil(locale, alert.expiresAt))}</p>
</div>`
}

/** Whether this page carries the alerts in its HTML (the no-JavaScript path): the home and contact pages. */
export function showsAlertsStatically(site: MissionSiteView, path: string): boolean {
  return path === sitePaths.home(site.locale) || path === sitePaths.contact(site.locale)
}

/**
 * The region at the top of every page's main content. The home and contact pages hold the
 * alerts in force when they were written; on every page the sites' script (alertsScript.ts)
 * fills it from the site's alerts file, so an alert shows on the others without rewriting them.
 */
export function alertsRegion(site: MissionSiteView, alerts: AlertView[], link: Linker): SafeHtml {
  const t = alertMessagesFor(site.locale)
  return html`${trustedMarker(ALERTS_START)}<section class="alerts" data-alerts="${link(alertPaths.file)}" aria-label="${t.region}"${alerts.length === 0 && html` hidden`}>${alerts.map((alert) => html`
${alertItem(site.locale, alert)}`)}
</section>${trustedMarker(ALERTS_END)}`
}

// Fixed comments, not content: the one raw insertion here.
const trustedMarker = (marker: typeof ALERTS_START | typeof ALERTS_END) => trustedHtml(marker)

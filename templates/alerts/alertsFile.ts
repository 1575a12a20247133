import type { AlertView, LocaleCode } from '../../src/content/viewModels'
import { alertMessagesFor } from '../i18n/alerts'
import { formatUntil } from './alertsRegion'

/** What the sites' script reads: each alert's window, and its words already made in every served language. */
export type AlertsFile = {
  alerts: {
    id: string
    severity: AlertView['severity']
    startsAt: string
    expiresAt: string
    text: Partial<Record<LocaleCode, { label: string; title: string; text: string; until: string }>>
  }[]
}

/**
 * The site's alerts file (`alerts.json`): every alert not yet over, per served language as the
 * page shows it, so the script formats nothing and the same words appear with or without it.
 * Nothing in it depends on when it was written: an unchanged alert list keeps the same bytes.
 */
export function alertsFile(byLocale: Partial<Record<LocaleCode, AlertView[]>>): string {
  const alerts = new Map<string, AlertsFile['alerts'][number]>()
  for (const [locale, views] of Object.entries(byLocale) as [LocaleCode, AlertView[]][]) {
    const t = alertMessagesFor(locale)
    for (const alert of views) {
      const entry = alerts.get(alert.id) ?? { id: alert.id, severity: alert.severity, startsAt: alert.startsAt, expiresAt: alert.expiresAt, text: {} }
      entry.text[locale] = { label: t.severity[alert.severity], title: alert.title, text: alert.text, until: t.until(formatUntil(locale, alert.expiresAt)) }
      alerts.set(alert.id, entry)
    }
  }
  const file: AlertsFile = { alerts: [...alerts.values()] }
  return `${JSON.stringify(file)}\n`
}

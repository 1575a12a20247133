import { idOf } from '../access/roles'
import type { LocaleCode } from '../config/locales'
import { pickText, type LocaleMap } from '../content/localize'
import type { AlertView } from '../content/viewModels'
import { ALERT_SEVERITIES, isAlertSeverity } from './types'

type Doc = Record<string, any>

/** Whether a published alert concerns this mission: the whole network, the mission itself, or its host country. */
export function alertConcerns(alert: Doc, mission: Doc): boolean {
  if (alert.scope === 'network') return true
  if ((alert.missions ?? []).some((m: unknown) => idOf(m) === mission.id)) return true
  return (alert.countries ?? []).includes(mission.hostCountry)
}

const instant = (value: unknown) => (value ? new Date(String(value)).getTime() : NaN)

/** Shown from its start (inclusive) until its expiry (exclusive). */
export const isActiveAt = (alert: Doc, now: Date) => instant(alert.startsAt) <= now.getTime() && now.getTime() < instant(alert.expiresAt)

/** Not over yet: active now, or starting later (the sites' script shows it when it starts). */
export const isCurrentAt = (alert: Doc, now: Date) => now.getTime() < instant(alert.expiresAt)

const bySeverityThenNewest = (a: AlertView, b: AlertView) =>
  ALERT_SEVERITIES.indexOf(a.severity) - ALERT_SEVERITIES.indexOf(b.severity) || b.startsAt.localeCompare(a.startsAt) || a.id.localeCompare(b.id)

/** One alert in one language, falling back to the mission's default language as every text does. */
export function alertView(alert: Doc, locale: LocaleCode, fallback: LocaleCode): AlertView {
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  return {
    id: String(alert.id),
    severity: isAlertSeverity(alert.severity) ? alert.severity : 'information',
    title: text(alert.title),
    text: text(alert.text),
    startsAt: new Date(String(alert.startsAt)).toISOString(),
    expiresAt: new Date(String(alert.expiresAt)).toISOString(),
    updatedAt: String(alert.updatedAt ?? alert.startsAt),
  }
}

/**
 * The alerts a mission's site shows at `now` (or, with `which: 'current'`, those not yet
 * expired, for the sites' script), gravest first. Pure: the published alerts, the mission
 * and the clock in.
 */
export function alertsFor(alerts: Doc[] | undefined, mission: Doc, locale: LocaleCode, fallback: LocaleCode, now: Date, which: 'active' | 'current' = 'active'): AlertView[] {
  const keep = which === 'active' ? isActiveAt : isCurrentAt
  return (alerts ?? [])
    .filter((a) => a._status !== 'draft' && alertConcerns(a, mission) && keep(a, now))
    .map((a) => alertView(a, locale, fallback))
    .sort(bySeverityThenNewest)
}

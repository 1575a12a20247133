/**
 * The agenda axis: how recently and how often a mission publishes. Only its own releases
 * count (ministry releases syndicated to its site say nothing about the mission's work), and
 * releases dated after `now` are not yet out.
 */
const DAY_MS = 86_400_000

/** A month, for rates, is 30 days: windows of any length then compare. */
export const MONTH_DAYS = 30

export type AgendaFigures = { lastPublishedAt: string | null; daysSinceLast: number | null; inWindow: number; perMonth: number }

export function agendaOf(publishedAt: string[], now: Date, windowDays: number): AgendaFigures {
  const nowMs = now.getTime()
  const times = publishedAt.map((iso) => ({ iso, ms: Date.parse(iso) })).filter((t) => Number.isFinite(t.ms) && t.ms <= nowMs)
  const last = times.reduce<{ iso: string; ms: number } | null>((best, t) => (!best || t.ms > best.ms ? t : best), null)
  const inWindow = times.filter((t) => t.ms > nowMs - windowDays * DAY_MS).length
  return {
    lastPublishedAt: last ? new Date(last.ms).toISOString() : null,
    daysSinceLast: last ? Math.floor((nowMs - last.ms) / DAY_MS) : null,
    inWindow,
    perMonth: round2(inWindow / (windowDays / MONTH_DAYS)),
  }
}

/** Published within the last `days` days (inclusive of now). */
export function publishedWithin(publishedAt: string[], now: Date, days: number): boolean {
  const nowMs = now.getTime()
  return publishedAt.some((iso) => {
    const ms = Date.parse(iso)
    return ms <= nowMs && ms > nowMs - days * DAY_MS
  })
}

export const round2 = (n: number) => Math.round(n * 100) / 100

import { DEFAULT_LOCALE, type LocaleCode } from '../config/locales'
import { pick, pickText, type LocaleMap } from './localize'
import type { RawNetwork } from './loadNetwork'
import { richTextToHtml } from './richText'
import { absoluteUrl } from './sitePaths'
import { travelAdvicePaths } from './travelAdvicePaths'
import { ADVICE_PARTS, levelNumber, type AdvicePart, type AlertLevelNumber } from './travelAdviceLevels'

type Doc = Record<string, any>

export type TravelAdviceRegionView = { name: string; level: AlertLevelNumber; summary: string }

/** One published change: when, how big, the level it left, and what it changed in words. */
export type TravelAdviceChangeView = {
  /** Stable across edits and rebuilds (the advice's id and the change's row id): feeds' GUIDs derive from it. */
  id: string
  at: string
  major: boolean
  level: AlertLevelNumber
  note: string
}

/** One country's advice in one language. Dates are ISO 8601; `parts[].html` is sanitized. */
export type TravelAdviceView = {
  id: string
  /** ISO 3166-1 alpha-2, upper case. */
  country: string
  /** The whole country's level. */
  level: AlertLevelNumber
  /** The highest level anywhere in the country (a region may stand above the whole). */
  highestLevel: AlertLevelNumber
  summary: string
  /** The parts with content, in the fixed order. */
  parts: { part: AdvicePart; html: string }[]
  regions: TravelAdviceRegionView[]
  reviewedAt: string
  /** Its last published change (or its last edit, for advice stored without history). */
  updatedAt: string
  /** Newest first. */
  changes: TravelAdviceChangeView[]
}

/** What a mission's home page shows of one country's advice: the level and where to read it. */
export type TravelAdviceSummaryView = {
  country: string
  level: AlertLevelNumber
  highestLevel: AlertLevelNumber
  reviewedAt: string
  /** Absolute URL of the country's page on the ministry's site; null while the ministry has no public address. */
  url: string | null
}

const dateOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** One advice document (read with every locale) as the public reads it in `locale`. */
export function travelAdviceView(doc: Doc, locale: LocaleCode, fallback: LocaleCode = DEFAULT_LOCALE): TravelAdviceView {
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  const level = levelNumber(doc.level)
  const regions: TravelAdviceRegionView[] = (doc.regions ?? []).map((r: Doc) => ({ name: text(r.name), level: levelNumber(r.level), summary: text(r.summary) }))
  const changes: TravelAdviceChangeView[] = (doc.changes ?? [])
    .map((c: Doc, index: number): TravelAdviceChangeView => ({
      id: `${doc.id}:${c.id ?? index}`,
      at: dateOf(c.at),
      major: Boolean(c.major),
      level: c.level ? levelNumber(c.level) : level,
      note: pickText(c.note as LocaleMap<string>, locale, fallback),
    }))
    .sort((a: TravelAdviceChangeView, b: TravelAdviceChangeView) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  return {
    id: doc.id,
    country: String(doc.country).toUpperCase(),
    level,
    highestLevel: Math.max(level, ...regions.map((r) => r.level)) as AlertLevelNumber,
    summary: text(doc.summary),
    parts: ADVICE_PARTS.map((part) => ({ part, html: richTextToHtml(pick(doc.parts?.[part], locale, fallback, null)) })).filter((p) => p.html.trim() !== ''),
    regions,
    reviewedAt: dateOf(doc.reviewedAt) || dateOf(doc.updatedAt),
    updatedAt: changes[0]?.at || dateOf(doc.updatedAt),
    changes,
  }
}

/** Every published advice of the network in one language, by country code. */
export function travelAdviceViews(raw: Pick<RawNetwork, 'travelAdvice'>, locale: LocaleCode, fallback: LocaleCode = DEFAULT_LOCALE): TravelAdviceView[] {
  return (raw.travelAdvice ?? []).map((doc) => travelAdviceView(doc, locale, fallback)).sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))
}

/** The countries a mission serves: its host country, then its jurisdiction's, each once. */
export function countriesServed(mission: Doc): string[] {
  const codes = [mission.hostCountry, ...(mission.jurisdiction ?? []).map((j: Doc) => j?.country)]
  return [...new Set(codes.filter((c): c is string => typeof c === 'string' && c !== '').map((c) => c.toUpperCase()))]
}

/**
 * The advice a mission's home page shows: one per country it serves that has published advice,
 * in the order it serves them, linking to the ministry's page in the page's language.
 */
export function travelAdviceForMission(raw: Pick<RawNetwork, 'travelAdvice' | 'ministry'>, mission: Doc, locale: LocaleCode): TravelAdviceSummaryView[] {
  const byCountry = new Map((raw.travelAdvice ?? []).map((doc) => [String(doc.country).toUpperCase(), doc]))
  const ministryBase = typeof raw.ministry?.baseUrl === 'string' && raw.ministry.baseUrl ? raw.ministry.baseUrl : null
  return countriesServed(mission).flatMap((country) => {
    const doc = byCountry.get(country)
    if (!doc) return []
    const view = travelAdviceView(doc, locale)
    return [{
      country,
      level: view.level,
      highestLevel: view.highestLevel,
      reviewedAt: view.reviewedAt,
      url: ministryBase ? absoluteUrl(ministryBase, travelAdvicePaths.country(locale, country)) : null,
    }]
  })
}

/** Whether a document's change touches a mission: the same rule the live rebuild queues by (src/jobs/affectedMissions.ts). */
export const servesCountry = (mission: Doc, country: string) => countriesServed(mission).includes(country.toUpperCase())

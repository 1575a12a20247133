/**
 * The conformance score, 0–100: seven parts, each a fraction from 0 to 1 times its weight.
 * Presence (sections, languages, platforms) weighs 50, the agenda (freshness, frequency) 25
 * and interaction (replies within the charter's promise, satisfaction) 25.
 * docs/audit.md states the formula and why; change both together.
 */
import type { ScoreParts } from './types'

export const WEIGHTS: ScoreParts = { sections: 30, locales: 10, freshness: 15, frequency: 10, platforms: 10, responsiveness: 15, satisfaction: 10 }

/** A release older than this earns no freshness at all. */
export const FRESHNESS_DAYS = 90
/** Releases a month that earn the whole frequency part. */
export const TARGET_RELEASES_PER_MONTH = 2
/** Platforms with an account that earn the whole platforms part. */
export const TARGET_PLATFORMS = 3
/** Below this share of enquiries answered within the promise, the mission is told so. */
export const TARGET_WITHIN_PROMISE = 0.9
/** A survey mean below the middle of the 1–5 scale is a finding. */
export const LOW_SATISFACTION_MEAN = 3

export type ScoreInput = {
  sectionsPresent: number
  sectionsTotal: number
  localesServed: number
  localesExpected: number
  daysSinceLast: number | null
  releasesPerMonth: number
  platformsWithAccount: number
  /** Share of due enquiries answered within the promise, as reported; null when none was due. */
  withinPromiseShare: number | null
  /** Mean survey rating (1–5) in the window, as reported; null without answers. */
  surveyMean: number | null
}

export function scoreParts(input: ScoreInput): ScoreParts {
  const clamp = (n: number) => Math.min(1, Math.max(0, n))
  return {
    sections: input.sectionsPresent / input.sectionsTotal,
    locales: input.localesExpected === 0 ? 1 : input.localesServed / input.localesExpected,
    freshness: input.daysSinceLast === null ? 0 : clamp(1 - input.daysSinceLast / FRESHNESS_DAYS),
    frequency: clamp(input.releasesPerMonth / TARGET_RELEASES_PER_MONTH),
    platforms: clamp(input.platformsWithAccount / TARGET_PLATFORMS),
    // What cannot be shown earns nothing, as with a mission that never published.
    responsiveness: input.withinPromiseShare === null ? 0 : clamp(input.withinPromiseShare),
    // 1 is the floor of the scale, not a fifth of the way up it.
    satisfaction: input.surveyMean === null ? 0 : clamp((input.surveyMean - 1) / 4),
  }
}

export function scoreOf(parts: ScoreParts): number {
  const keys = Object.keys(WEIGHTS) as (keyof ScoreParts)[]
  return Math.round(keys.reduce((sum, k) => sum + parts[k] * WEIGHTS[k], 0))
}

/**
 * The conformance score, 0–100: five parts, each a fraction from 0 to 1 times its weight.
 * docs/audit.md states the formula and why; change both together.
 */
import type { ScoreParts } from './types'

export const WEIGHTS: ScoreParts = { sections: 40, locales: 15, freshness: 20, frequency: 15, platforms: 10 }

/** A release older than this earns no freshness at all. */
export const FRESHNESS_DAYS = 90
/** Releases a month that earn the whole frequency part. */
export const TARGET_RELEASES_PER_MONTH = 2
/** Platforms with an account that earn the whole platforms part. */
export const TARGET_PLATFORMS = 3

export type ScoreInput = {
  sectionsPresent: number
  sectionsTotal: number
  localesServed: number
  localesExpected: number
  daysSinceLast: number | null
  releasesPerMonth: number
  platformsWithAccount: number
}

export function scoreParts(input: ScoreInput): ScoreParts {
  const clamp = (n: number) => Math.min(1, Math.max(0, n))
  return {
    sections: input.sectionsPresent / input.sectionsTotal,
    locales: input.localesExpected === 0 ? 1 : input.localesServed / input.localesExpected,
    freshness: input.daysSinceLast === null ? 0 : clamp(1 - input.daysSinceLast / FRESHNESS_DAYS),
    frequency: clamp(input.releasesPerMonth / TARGET_RELEASES_PER_MONTH),
    platforms: clamp(input.platformsWithAccount / TARGET_PLATFORMS),
  }
}

export function scoreOf(parts: ScoreParts): number {
  const keys = Object.keys(WEIGHTS) as (keyof ScoreParts)[]
  return Math.round(keys.reduce((sum, k) => sum + parts[k] * WEIGHTS[k], 0))
}

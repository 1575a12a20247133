/**
 * The order of precedence of the accredited corps, the same in every language (a protocol list
 * is not alphabetical). Pure. The rules, from the Vienna Conventions, are in docs/accredited-corps.md:
 *
 * - Heads of diplomatic missions rank by class (ambassadors, then envoys, then chargés
 *   d'affaires en pied, then chargés d'affaires ad interim) and within a class by the date and
 *   time they presented their credentials, earliest first (VCDR art. 16).
 * - Heads of consular posts are a list of their own: by class (consuls-general, consuls,
 *   vice-consuls, consular agents), career heads before honorary ones within a class, then by the
 *   date of the exequatur (VCCR art. 16).
 * - International organisations take no precedence among them (src/corps/collation.ts lists them).
 *
 * A head whose class or date is not stated ranks after those whose are. Heads tied on the same
 * instant are ordered by the sending state's ISO code (an organisation after every state), then
 * by record id, so the order never varies between builds or languages.
 */
import { classRank, CORPS_OF, corpsOfClass } from './kinds'
import type { CorpsEntryView } from './types'

export type RankedEntry = { position: number; entry: CorpsEntryView }

export type PrecedenceLists = { diplomatic: RankedEntry[]; consular: RankedEntry[] }

const UNSTATED = Number.POSITIVE_INFINITY

/** The head's rank in the entry's own corps; unstated, or a class of another corps, ranks last. */
function rankOf(entry: CorpsEntryView): number {
  const headClass = entry.head.class
  return headClass && corpsOfClass(headClass) === CORPS_OF[entry.kind] ? classRank(headClass) : UNSTATED
}

/** Milliseconds of the credentials date; unstated or unreadable ranks last. */
function instantOf(entry: CorpsEntryView): number {
  const ms = entry.head.credentialsDate ? Date.parse(entry.head.credentialsDate) : Number.NaN
  return Number.isNaN(ms) ? UNSTATED : ms
}

const byNumber = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1)
const byCode = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)

/** States by ISO code, then organisations; last, the record id. */
function tieBreak(a: CorpsEntryView, b: CorpsEntryView): number {
  const code = (e: CorpsEntryView) => e.sendingState ?? '\uffff'
  return byCode(code(a), code(b)) || byCode(a.address.city, b.address.city) || byCode(a.id, b.id)
}

export function compareDiplomatic(a: CorpsEntryView, b: CorpsEntryView): number {
  return byNumber(rankOf(a), rankOf(b)) || byNumber(instantOf(a), instantOf(b)) || tieBreak(a, b)
}

const honorary = (e: CorpsEntryView) => (e.kind === 'honorary-consulate' ? 1 : 0)

export function compareConsular(a: CorpsEntryView, b: CorpsEntryView): number {
  return byNumber(rankOf(a), rankOf(b)) || byNumber(honorary(a), honorary(b)) || byNumber(instantOf(a), instantOf(b)) || tieBreak(a, b)
}

const ranked = (entries: CorpsEntryView[], compare: (a: CorpsEntryView, b: CorpsEntryView) => number): RankedEntry[] =>
  [...entries].sort(compare).map((entry, index) => ({ position: index + 1, entry }))

/** The diplomatic and the consular corps, each in its order of precedence, numbered from 1. */
export function orderOfPrecedence(entries: readonly CorpsEntryView[]): PrecedenceLists {
  return {
    diplomatic: ranked(entries.filter((e) => CORPS_OF[e.kind] === 'diplomatic'), compareDiplomatic),
    consular: ranked(entries.filter((e) => CORPS_OF[e.kind] === 'consular'), compareConsular),
  }
}

/** Each entry's place in its corps's order (null for organisations): the open data's `precedence`. */
export function precedencePositions(entries: readonly CorpsEntryView[]): Map<string, number> {
  const { diplomatic, consular } = orderOfPrecedence(entries)
  return new Map([...diplomatic, ...consular].map((r) => [r.entry.id, r.position]))
}

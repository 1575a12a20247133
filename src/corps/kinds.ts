/**
 * What the accredited corps is made of: the kinds of foreign representation in the host country,
 * the classes their heads belong to, and which corps each kind ranks in. Plain data, shared by
 * the collection (options, checks), the order of precedence and the pages. docs/accredited-corps.md.
 */

/** The kinds of representation a ministry's protocol department lists. */
export const CORPS_KINDS = [
  { value: 'embassy', label: 'Embassy (or apostolic nunciature)' },
  { value: 'high-commission', label: 'High commission' },
  { value: 'delegation', label: 'Delegation (e.g. of the European Union)' },
  { value: 'consulate-general', label: 'Consulate-general' },
  { value: 'consulate', label: 'Consulate' },
  { value: 'honorary-consulate', label: 'Honorary consulate' },
  { value: 'international-organisation', label: 'International organisation’s office' },
] as const

export type CorpsKind = (typeof CORPS_KINDS)[number]['value']

export const CORPS_KIND_VALUES: CorpsKind[] = CORPS_KINDS.map((k) => k.value)

/**
 * The three lists of a diplomatic list: heads of diplomatic missions (Vienna Convention on
 * Diplomatic Relations, art. 14–16), heads of consular posts (Vienna Convention on Consular
 * Relations, art. 9 and 16), and international organisations, which take no precedence among them.
 */
export type Corps = 'diplomatic' | 'consular' | 'organisations'

export const CORPS_OF: Record<CorpsKind, Corps> = {
  embassy: 'diplomatic',
  'high-commission': 'diplomatic',
  delegation: 'diplomatic',
  'consulate-general': 'consular',
  consulate: 'consular',
  'honorary-consulate': 'consular',
  'international-organisation': 'organisations',
}

/** Kinds sent by an organisation rather than a state: they name the organisation, not an ISO country. */
export const SENT_BY_ORGANISATION: ReadonlySet<CorpsKind> = new Set(['delegation', 'international-organisation'])

/**
 * Classes of heads, in rank order within each corps. Diplomatic (VCDR art. 14): ambassadors,
 * nuncios, high commissioners and heads of equal rank; envoys and ministers; chargés d'affaires
 * accredited to the foreign minister ("en pied"); and chargés d'affaires ad interim, who stand in
 * for an absent head and rank last. Consular (VCCR art. 9): consuls-general, consuls,
 * vice-consuls, consular agents. An organisation's office has a representative.
 */
export const HEAD_CLASSES = [
  { value: 'ambassador', label: 'Ambassador, nuncio or high commissioner', corps: 'diplomatic' },
  { value: 'envoy', label: 'Envoy or minister', corps: 'diplomatic' },
  { value: 'charge-d-affaires', label: 'Chargé d’affaires (en pied)', corps: 'diplomatic' },
  { value: 'charge-d-affaires-ai', label: 'Chargé d’affaires ad interim', corps: 'diplomatic' },
  { value: 'consul-general', label: 'Consul-general', corps: 'consular' },
  { value: 'consul', label: 'Consul', corps: 'consular' },
  { value: 'vice-consul', label: 'Vice-consul', corps: 'consular' },
  { value: 'consular-agent', label: 'Consular agent', corps: 'consular' },
  { value: 'representative', label: 'Representative (head of office)', corps: 'organisations' },
] as const satisfies readonly { value: string; label: string; corps: Corps }[]

export type HeadClass = (typeof HEAD_CLASSES)[number]['value']

export const HEAD_CLASS_VALUES: HeadClass[] = HEAD_CLASSES.map((c) => c.value)

/** The corps a class belongs to. */
export const corpsOfClass = (headClass: HeadClass): Corps => HEAD_CLASSES.find((c) => c.value === headClass)!.corps

/** A class's rank within its corps: 0 is the highest. */
export function classRank(headClass: HeadClass): number {
  const corps = HEAD_CLASSES.find((c) => c.value === headClass)!.corps
  return HEAD_CLASSES.filter((c) => c.corps === corps).findIndex((c) => c.value === headClass)
}

export const classesOf = (corps: Corps): HeadClass[] => HEAD_CLASSES.filter((c) => c.corps === corps).map((c) => c.value)

export const isCorpsKind = (value: unknown): value is CorpsKind => typeof value === 'string' && (CORPS_KIND_VALUES as string[]).includes(value)

export const isHeadClass = (value: unknown): value is HeadClass => typeof value === 'string' && (HEAD_CLASS_VALUES as string[]).includes(value)

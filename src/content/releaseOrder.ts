/**
 * The one order of press releases everywhere they are listed (news pages, feeds, archive
 * pages): newest publication first, the id breaking ties so equal dates cannot swap between
 * builds. Payload writes every date as the same ISO 8601 UTC form, so comparing the strings
 * compares the instants; plain comparison (not localeCompare, which goes through the
 * collator) keeps sorting a site's releases cheap.
 */
export function byNewest(a: { publishedAt?: unknown; id?: unknown }, b: { publishedAt?: unknown; id?: unknown }): number {
  const pa = String(a.publishedAt ?? '')
  const pb = String(b.publishedAt ?? '')
  if (pa !== pb) return pa < pb ? 1 : -1
  const ia = String(a.id ?? '')
  const ib = String(b.id ?? '')
  return ia < ib ? -1 : ia > ib ? 1 : 0
}

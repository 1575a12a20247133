/**
 * Paging that keeps old pages still. A newest-first list (news index, JSON Feed) is cut into
 * archive pages counted from the oldest item: archive page k always holds the same `size`
 * items, so publishing a new item changes the front page only (and, every `size` items, adds
 * one archive page and relinks the one before it), instead of shifting every page by one.
 * The front page shows what no archive page holds yet: between `size` and `2 × size − 1`
 * items once there are archives, everything before that.
 */
export type StablePaging = {
  /** Items on the front page (the first `frontCount` of the newest-first list). */
  frontCount: number
  /** Archive pages, numbered 1 (oldest) to `archiveCount`. */
  archiveCount: number
}

export function stablePaging(count: number, size: number): StablePaging {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A page holds at least one item, not ${size}`)
  const archiveCount = Math.max(0, Math.floor(count / size) - 1)
  return { frontCount: count - archiveCount * size, archiveCount }
}

/** The items of archive page `archive` (1 = oldest), newest first, from the newest-first list. */
export function archiveItems<T>(newestFirst: readonly T[], size: number, archive: number): T[] {
  const { archiveCount } = stablePaging(newestFirst.length, size)
  if (!Number.isInteger(archive) || archive < 1 || archive > archiveCount) return []
  const end = newestFirst.length - (archive - 1) * size
  return newestFirst.slice(end - size, end)
}

/** The front page's items: the newest that no archive page holds. */
export function frontItems<T>(newestFirst: readonly T[], size: number): T[] {
  return newestFirst.slice(0, stablePaging(newestFirst.length, size).frontCount)
}

/** The archive page (1 = oldest) holding the item at this newest-first position; 0 for the front page. */
export function archiveOf(position: number, count: number, size: number): number {
  if (position < stablePaging(count, size).frontCount) return 0
  return Math.floor((count - 1 - position) / size) + 1
}

/**
 * The pages a change may alter when the list only gained new items at its head or changed
 * items in place (their positions in `newestFirst` are `positions`): the front page, the
 * archives holding those items, and, when the list held `countBefore` items and that made
 * fewer archives, the two newest (the new one, and its older neighbour that now links to it).
 * Without `countBefore` the two newest are always included. 0 stands for the front page.
 */
export function pagesTouched(positions: Iterable<number>, count: number, size: number, countBefore?: number): Set<number> {
  const { archiveCount } = stablePaging(count, size)
  const touched = new Set<number>([0])
  for (const p of positions) touched.add(archiveOf(p, count, size))
  const archivesChanged = countBefore === undefined || stablePaging(countBefore, size).archiveCount !== archiveCount
  if (archivesChanged && archiveCount >= 1) touched.add(archiveCount)
  if (archivesChanged && archiveCount >= 2) touched.add(archiveCount - 1)
  return touched
}

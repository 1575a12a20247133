import { describe, expect, it } from 'vitest'

import { archiveItems, archiveOf, frontItems, pagesTouched, stablePaging } from './stablePages'

/** n items named by age: item-0 is the oldest; the list is newest first. */
const list = (n: number) => Array.from({ length: n }, (_, i) => `item-${n - 1 - i}`)

/** Every page's items: the front page, then archives from the newest to the oldest. */
function pages(n: number, size: number): string[][] {
  const items = list(n)
  const { archiveCount } = stablePaging(n, size)
  return [frontItems(items, size), ...Array.from({ length: archiveCount }, (_, i) => archiveItems(items, size, archiveCount - i))]
}

describe('stablePaging', () => {
  it('keeps everything on the front page until two full pages exist', () => {
    expect(stablePaging(0, 20)).toEqual({ frontCount: 0, archiveCount: 0 })
    expect(stablePaging(39, 20)).toEqual({ frontCount: 39, archiveCount: 0 })
    expect(stablePaging(40, 20)).toEqual({ frontCount: 20, archiveCount: 1 })
    expect(stablePaging(59, 20)).toEqual({ frontCount: 39, archiveCount: 1 })
    expect(stablePaging(60, 20)).toEqual({ frontCount: 20, archiveCount: 2 })
  })

  it('refuses a page size below one', () => {
    expect(() => stablePaging(3, 0)).toThrow(RangeError)
  })
})

describe('pages', () => {
  it('show every item exactly once, newest first, with archive 1 holding the oldest', () => {
    for (const n of [0, 1, 19, 20, 39, 40, 41, 59, 60, 61, 237]) {
      expect(pages(n, 20).flat()).toEqual(list(n))
    }
    expect(archiveItems(list(61), 20, 1)).toEqual(list(20))
  })

  it('never change an archive page when items are added at the head', () => {
    for (let n = 40; n < 200; n++) {
      const before = list(n)
      const after = list(n + 1)
      const { archiveCount } = stablePaging(n, 20)
      for (let k = 1; k <= archiveCount; k++) expect(archiveItems(after, 20, k)).toEqual(archiveItems(before, 20, k))
    }
  })

  it('give an empty list for an archive that does not exist', () => {
    expect(archiveItems(list(45), 20, 2)).toEqual([])
    expect(archiveItems(list(45), 20, 0)).toEqual([])
  })
})

describe('archiveOf', () => {
  it('names the page every position is shown on', () => {
    for (const n of [5, 40, 59, 60, 237]) {
      const all = pages(n, 20)
      const { archiveCount } = stablePaging(n, 20)
      const pageOf = (item: string) => {
        const index = all.findIndex((p) => p.includes(item))
        return index === 0 ? 0 : archiveCount + 1 - index
      }
      list(n).forEach((item, position) => expect(archiveOf(position, n, 20)).toBe(pageOf(item)))
    }
  })
})

describe('pagesTouched', () => {
  it('covers every page whose items or links differ after a new item at the head', () => {
    for (let n = 0; n < 130; n++) {
      const before = pages(n, 20)
      const after = pages(n + 1, 20)
      const { archiveCount } = stablePaging(n + 1, 20)
      const touched = pagesTouched([0], n + 1, 20)
      // Archive k is after[archiveCount + 1 - k]; compare it with the same archive before.
      for (let k = 1; k <= archiveCount; k++) {
        const was = before[stablePaging(n, 20).archiveCount + 1 - k]
        const nowNewest = k === archiveCount
        if (!touched.has(k)) {
          expect(after[archiveCount + 1 - k]).toEqual(was)
          expect(nowNewest).toBe(false)
        }
      }
      expect(touched.has(0)).toBe(true)
    }
  })

  it('given the count before, covers every page that differs and adds the newest archives only when a new one appeared', () => {
    for (let n = 0; n < 130; n++) {
      const before = pages(n, 20)
      const after = pages(n + 1, 20)
      const { archiveCount } = stablePaging(n + 1, 20)
      const touched = pagesTouched([0], n + 1, 20, n)
      for (let k = 1; k <= archiveCount; k++) {
        const was = before[stablePaging(n, 20).archiveCount + 1 - k]
        if (!touched.has(k)) expect(after[archiveCount + 1 - k]).toEqual(was)
      }
      const appeared = archiveCount !== stablePaging(n, 20).archiveCount
      expect(touched.size > 1).toBe(appeared)
    }
    // An item changed in place (no count change): its archive and the front page only.
    expect([...pagesTouched([150], 237, 20, 237)].sort((a, b) => a - b)).toEqual([0, 5])
  })

  it('includes the archive of an item changed in place', () => {
    expect([...pagesTouched([150], 237, 20)].sort((a, b) => a - b)).toEqual([0, 5, 9, 10])
  })
})

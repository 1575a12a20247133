import { describe, expect, it } from 'vitest'

import type { RawNetwork } from '../content/loadNetwork'
import { patchMinistryNetwork } from './patchMinistryNetwork'

type Doc = Record<string, any>

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString()
const missionRelease = (id: string, n: number): Doc => ({ id, mission: { id: 'm1', slug: 'madrid' }, publishedAt: day(n) })
const ownRelease = (id: string, n: number): Doc => ({ id, mission: null, publishedAt: day(n) })

/** What loadMinistryNetwork reads: the ministry's own releases and the newest `size` of the missions'. */
function load(all: Doc[], size: number): RawNetwork {
  const own = all.filter((r) => !r.mission)
  const window = all.filter((r) => r.mission).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).slice(0, size)
  return { ministry: {}, missions: [], releases: [...own, ...window], services: [], pages: [], accounts: [], topics: [] }
}

const ids = (raw: RawNetwork | null) => raw?.releases.map((r) => r.id).sort()

// Ten mission releases on days 0–9 and two of the ministry's; the window holds five.
const network = () => [...Array.from({ length: 10 }, (_, n) => missionRelease(`r${n}`, n)), ownRelease('own-a', 3), ownRelease('own-b', 8)]

describe('patchMinistryNetwork', () => {
  it('a new release enters the window and pushes the oldest out, as a fresh read would', () => {
    const before = network()
    const fresh = missionRelease('new', 20)
    const patched = patchMinistryNetwork(load(before, 5), ['new'], [fresh], 5)
    expect(ids(patched)).toEqual(ids(load([...before, fresh], 5)))
  })

  it('an edit in place keeps the window and carries the new version', () => {
    const before = network()
    const edited = { ...missionRelease('r7', 7), title: 'corrected' }
    const patched = patchMinistryNetwork(load(before, 5), ['r7'], [edited], 5)!
    expect(ids(patched)).toEqual(ids(load(before, 5)))
    expect(patched.releases.find((r) => r.id === 'r7')!.title).toBe('corrected')
  })

  it('an old release edited outside the window stays out; dated anew it comes in', () => {
    const before = network()
    expect(ids(patchMinistryNetwork(load(before, 5), ['r1'], [missionRelease('r1', 1)], 5))).toEqual(ids(load(before, 5)))
    const redated = missionRelease('r1', 30)
    const after = before.map((r) => (r.id === 'r1' ? redated : r))
    expect(ids(patchMinistryNetwork(load(before, 5), ['r1'], [redated], 5))).toEqual(ids(load(after, 5)))
  })

  it('the ministry’s own releases are added, changed and removed whatever the window', () => {
    const before = network()
    const added = patchMinistryNetwork(load(before, 5), ['own-c'], [ownRelease('own-c', 0)], 5)
    expect(ids(added)).toEqual(ids(load([...before, ownRelease('own-c', 0)], 5)))
    const removed = patchMinistryNetwork(load(before, 5), ['own-a'], [], 5)
    expect(ids(removed)).toEqual(ids(load(before.filter((r) => r.id !== 'own-a'), 5)))
  })

  it('asks for a fresh read when a release leaves a full window (an older one comes in that only the database has)', () => {
    const before = network()
    expect(patchMinistryNetwork(load(before, 5), ['r9'], [], 5)).toBeNull()
    expect(patchMinistryNetwork(load(before, 5), ['r9'], [missionRelease('r9', -5)], 5)).toBeNull()
  })

  it('asks for a fresh read on a tie at the window’s edge, which the database breaks', () => {
    const before = network()
    expect(patchMinistryNetwork(load(before, 5), ['tie'], [missionRelease('tie', 5)], 5)).toBeNull()
  })

  it('with a window not yet full, a release leaving it needs no fresh read', () => {
    const before = network()
    const patched = patchMinistryNetwork(load(before, 50), ['r4'], [], 50)
    expect(ids(patched)).toEqual(ids(load(before.filter((r) => r.id !== 'r4'), 50)))
  })
})

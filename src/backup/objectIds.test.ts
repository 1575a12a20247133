import { describe, expect, it } from 'vitest'

import type { ArchiveContent } from './archiveContent'
import { isObjectId, objectIdFor, withObjectIds } from './objectIds'

const MISSION = '1e66e46c-e2d7-46e8-adbf-0fb8feadad1c'
const MEDIA = '4b6578ba-6a93-46ad-b8c1-70a5f5fdff29'
const VERSION = '153a4006-c09b-4ae7-ab22-7dbd958f0bca'
const ROW = '6b100e75a3874a1fdd9faa38'

const content = (): ArchiveContent => ({
  collections: new Map([
    ['missions', [{ id: MISSION, heroImage: MEDIA, offices: [{ id: ROW, note: `see ${MISSION}` }] }]],
    ['media', [{ id: MEDIA, mission: MISSION }]],
  ]),
  versions: new Map([['missions', [{ id: VERSION, parent: MISSION, version: { body: { root: { children: [{ type: 'upload', value: MEDIA, relationTo: 'media' }] } } } }]]]),
  globals: new Map([['ministry', { emblem: MEDIA }]]),
  globalVersions: new Map(),
})

describe('withObjectIds (importing a SQLite archive into MongoDB)', () => {
  it('replaces every UUID id by the same ObjectId wherever it is referred to, rich text and version parents included', () => {
    const { content: mapped, remapped } = withObjectIds(content())
    expect(remapped).toBe(3)
    const mission = mapped.collections.get('missions')![0] as any
    expect(isObjectId(mission.id)).toBe(true)
    expect(mission.id).toBe(objectIdFor(MISSION))
    expect(mission.heroImage).toBe(objectIdFor(MEDIA))
    expect((mapped.collections.get('media')![0] as any).mission).toBe(mission.id)
    const version = mapped.versions.get('missions')![0] as any
    expect(version.id).toBe(objectIdFor(VERSION))
    expect(version.parent).toBe(mission.id)
    expect(version.version.body.root.children[0].value).toBe(objectIdFor(MEDIA))
    expect((mapped.globals.get('ministry') as any).emblem).toBe(objectIdFor(MEDIA))
  })

  it('leaves array row ids, text that merely contains an id, and archives of ObjectIds as they are', () => {
    const { content: mapped } = withObjectIds(content())
    const office = (mapped.collections.get('missions')![0] as any).offices[0]
    expect(office.id).toBe(ROW)
    expect(office.note).toBe(`see ${MISSION}`)
    const already: ArchiveContent = { collections: new Map([['media', [{ id: ROW }]]]), versions: new Map(), globals: new Map(), globalVersions: new Map() }
    expect(withObjectIds(already)).toEqual({ content: already, remapped: 0 })
  })

  it('maps an id to the same ObjectId on every import', () => {
    expect(objectIdFor(MISSION)).toBe(objectIdFor(MISSION))
    expect(objectIdFor(MISSION)).not.toBe(objectIdFor(MEDIA))
  })
})

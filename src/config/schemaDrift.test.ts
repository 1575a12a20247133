import { describe, expect, it } from 'vitest'

import { driftMessage, snapshotDifferences, type DrizzleSnapshot } from './schemaDrift'

const column = (name: string, type = 'text', notNull = false) => ({ name, type, primaryKey: false, notNull, autoincrement: false })

function snapshot(change: (tables: DrizzleSnapshot['tables']) => void = () => {}): DrizzleSnapshot {
  const tables: DrizzleSnapshot['tables'] = {
    press_releases: {
      name: 'press_releases',
      columns: { id: column('id'), title: column('title'), slug: column('slug') },
      indexes: { press_releases_slug_idx: { name: 'press_releases_slug_idx', columns: ['slug'], isUnique: true } },
      foreignKeys: {},
    },
    topics: { name: 'topics', columns: { id: column('id'), name: column('name') }, indexes: {}, foreignKeys: {} },
  }
  change(tables)
  return { tables, views: {} }
}

describe('snapshotDifferences', () => {
  it('finds none between two snapshots of one schema, whatever the order of their keys', () => {
    const reordered = snapshot((tables) => {
      const { title, id } = tables.press_releases!.columns as Record<string, object>
      tables.press_releases!.columns = { slug: { autoincrement: false, notNull: false, primaryKey: false, type: 'text', name: 'slug' }, id, title }
    })
    expect(snapshotDifferences(snapshot(), reordered)).toEqual([])
  })

  it('names an added index, a removed column and a changed one', () => {
    const current = snapshot((tables) => {
      tables.topics!.indexes = { topics_name_idx: { name: 'topics_name_idx', columns: ['name'], isUnique: false } }
      delete (tables.press_releases!.columns as Record<string, unknown>).slug
      ;(tables.press_releases!.columns as Record<string, unknown>).title = column('title', 'text', true)
    })
    expect(snapshotDifferences(snapshot(), current)).toEqual([
      'press_releases: column `slug` is in the migrations, no longer in the collections',
      'press_releases: column `title` differs',
      'topics: index `topics_name_idx` is in the collections, not in the migrations',
    ])
  })

  it('names tables added and removed', () => {
    const current = snapshot((tables) => {
      delete tables.topics
      tables.site_build_leases = { name: 'site_build_leases', columns: { id: column('id') }, indexes: {}, foreignKeys: {} }
    })
    expect(snapshotDifferences(snapshot(), current)).toEqual([
      'schema: table `site_build_leases` is in the collections, not in the migrations',
      'schema: table `topics` is in the migrations, no longer in the collections',
    ])
  })
})

describe('driftMessage', () => {
  it('lists the differences and says which command writes the migration', () => {
    const message = driftMessage({ latestSnapshot: '20261203_051500_initial.json', differences: ['topics: index `topics_name_idx` is in the collections, not in the migrations'] })
    expect(message).toContain('src/migrations/20261203_051500_initial.json')
    expect(message).toContain('topics_name_idx')
    expect(message).toContain('npm run migrate:create -- <what_changed>')
  })

  it('shortens a long list', () => {
    const differences = Array.from({ length: 30 }, (_, i) => `schema: table \`t${i}\` is in the collections, not in the migrations`)
    const message = driftMessage({ latestSnapshot: null, differences }, 5)
    expect(message).toContain('… and 25 more')
    expect(message).toContain('src/migrations/ has none')
  })
})

import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { translationTracking } from './plugin'

// The plugin transforms the configuration synchronously.
const apply = (entries: Parameters<typeof translationTracking>[0], config: Config) => translationTracking(entries)(config) as Config

const releases: CollectionConfig = {
  slug: 'press-releases', admin: { defaultColumns: ['title', '_status'] },
  fields: [{ name: 'title', type: 'text', localized: true }],
}
const missions: CollectionConfig = { slug: 'missions', hooks: { afterChange: [() => undefined] }, fields: [] }
const topics: CollectionConfig = { slug: 'topics', fields: [] }

describe('translationTracking', () => {
  it('adds the stamp, status and needs fields and the Translations column to listed collections only, and a hook to missions after their own', () => {
    const config = apply([{ slug: 'press-releases', owner: 'mission' }], { collections: [releases, missions, topics] } as Config)
    const [tracked, withHook, untouched] = config.collections!
    expect(tracked.fields.map((f) => ('name' in f ? f.name : f.type))).toEqual(['title', 'translationEditedAt', 'translationStatus', 'needsTranslation'])
    expect(tracked.admin?.defaultColumns).toEqual(['title', '_status', 'translationStatus'])
    expect(withHook.hooks?.afterChange).toHaveLength(2)
    expect(withHook.hooks?.afterChange?.[0]).toBe(missions.hooks!.afterChange![0])
    expect(untouched).toBe(topics)
  })

  it('refuses a configuration without a listed collection, naming it', () => {
    expect(() => apply([{ slug: 'blog-posts', owner: 'mission' }], { collections: [releases] } as Config)).toThrow(
      'Translation tracking: the configuration has no collection "blog-posts" (src/translations/collections.ts).',
    )
  })
})

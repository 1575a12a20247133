import type { CollectionConfig } from 'payload'

import { blogSites } from '../../src/blog/blogSites'
import { missionOwnedContent } from '../../src/editorial/missionOwnedContent'
import { enforceOnEverySave } from '../../src/hooks/enforceOnEverySave'
import { checkUniqueInMission, uniqueSlugPerMission } from '../../src/validation/uniquePerMission'
import { adminPreview } from '../../src/preview/previewUrl'
import { missionOwnerField } from '../fields/missionOwner'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { stampPublicationDate } from '../PressReleases/hooks/stampPublicationDate'

/**
 * Posts in a personal voice, signed by named people (the head of mission, staff), on their
 * mission's site or, with no mission, on the ministry's. Not news: no syndication, no
 * network news; the same drafts, review and preview as press releases.
 */
export const BlogPosts: CollectionConfig = {
  slug: 'blog-posts',
  labels: { singular: 'Blog post', plural: 'Blog posts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'mission', 'publishedAt', '_status'],
    group: 'News',
    preview: adminPreview('blog-posts'),
  },
  // Scheduled publish and unpublish run on the jobs queue as the scheduling user, with their access.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
  ...missionOwnedContent({
    sites: blogSites,
    beforeValidate: [
      enforceOnEverySave([
        { path: 'slug', check: (value, { data, id, req }) => checkUniqueInMission({ collection: 'blog-posts', field: 'slug', value, data, id, req }) },
      ]),
    ],
    beforeChange: [stampPublicationDate],
  }),
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ validate: uniqueSlugPerMission('blog-posts') }),
    { name: 'summary', type: 'textarea', localized: true, required: true },
    richTextField({ name: 'body', localized: true }),
    {
      // Named people, not user accounts: a post is signed by whoever wrote it, as printed.
      name: 'authors',
      type: 'array',
      minRows: 1,
      required: true,
      labels: { singular: 'Author', plural: 'Authors' },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'role', type: 'text', localized: true, admin: { description: 'Their title, e.g. “Ambassador of Spain in Ecuador”.' } },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt', type: 'date', index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set when first published.' },
    },
    missionOwnerField({
      admin: { position: 'sidebar', description: 'Leave empty for a post on the ministry’s site.' },
    }),
  ],
}

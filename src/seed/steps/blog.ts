import type { Where } from 'payload'

import type { SeedContext } from '../context'
import { BLOG_POSTS, type BlogSeed } from '../data/blog'
import { localesOf, textFields } from '../documents/text'
import { idFor, type Refs } from '../refs'
import { ensureDocument } from '../writer'
import { publicationDate } from './releases'

/** A post is known by its slug within its mission's blog (or the ministry's). */
function naturalKey(post: BlogSeed, missionId: string | null): Where {
  return { and: [{ slug: { equals: post.slug } }, missionId ? { mission: { equals: missionId } } : { mission: { exists: false } }] }
}

const missionOf = (post: BlogSeed, refs: Refs) => (post.mission ? idFor(refs.missions, post.mission, 'mission') : null)

/** The demo's blog posts, published, in every language they are written in. */
export async function seedBlogPosts({ payload, report, refs, now }: SeedContext): Promise<void> {
  for (const [index, post] of BLOG_POSTS.entries()) {
    const missionId = missionOf(post, refs)
    await ensureDocument(payload, report, {
      collection: 'blog-posts',
      where: naturalKey(post, missionId),
      locales: localesOf(post.text, ['en']),
      data: (locale) => {
        const text = textFields(post.text, locale)
        if (!text) return null
        const authors = post.authors.map((a) => ({ name: a.name, role: a.role[locale] ?? null }))
        return locale === 'es'
          ? {
              ...text, authors, slug: post.slug, mission: missionId,
              topics: post.topics.map((t) => idFor(refs.topics, t, 'topic')),
              publishedAt: publicationDate(now, post.daysAgo, index), _status: 'published',
            }
          : { ...text, authors }
      },
    })
  }
}

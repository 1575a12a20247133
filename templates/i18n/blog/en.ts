import type { BlogMessages } from './messages'

export const en: BlogMessages = {
  nav: 'Blog',
  title: 'Blog',
  description: (site) => `Posts signed by the team of ${site}`,
  empty: 'No posts yet.',
  archivePage: (n) => `archive, page ${n}`,
  by: 'By',
  published: 'Published',
  updated: 'updated',
  topics: 'Topics',
  newer: 'Newer posts',
  older: 'Older posts',
  pagination: 'Blog pages',
  allPosts: 'All blog posts',
  feeds: 'Follow the blog',
  rss: 'RSS',
  json: 'JSON Feed',
}

/** The blog's strings: the navigation item, its pages and its feeds. */
export type BlogMessages = {
  nav: string
  title: string
  description: (site: string) => string
  empty: string
  archivePage: (n: number) => string
  by: string
  published: string
  updated: string
  topics: string
  newer: string
  older: string
  pagination: string
  allPosts: string
  feeds: string
  rss: string
  json: string
}

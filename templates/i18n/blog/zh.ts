import type { BlogMessages } from './messages'

export const zh: BlogMessages = {
  nav: '博客',
  title: '博客',
  description: (site) => `${site}团队署名文章`,
  empty: '暂无文章。',
  archivePage: (n) => `存档第${n}页`,
  by: '作者：',
  published: '发布于',
  updated: '更新于',
  topics: '主题',
  newer: '较新的文章',
  older: '较早的文章',
  pagination: '博客分页',
  allPosts: '全部博客文章',
  feeds: '订阅博客',
  rss: 'RSS',
  json: 'JSON Feed',
}

import type { BlogMessages } from './messages'

export const ar: BlogMessages = {
  nav: 'المدونة',
  title: 'المدونة',
  description: (site) => `مقالات بتوقيع فريق ${site}`,
  empty: 'لا توجد مقالات بعد.',
  archivePage: (n) => `الأرشيف، الصفحة ${n}`,
  by: 'بقلم',
  published: 'نُشر في',
  updated: 'حُدّث في',
  topics: 'المواضيع',
  newer: 'مقالات أحدث',
  older: 'مقالات أقدم',
  pagination: 'صفحات المدونة',
  allPosts: 'كل مقالات المدونة',
  feeds: 'متابعة المدونة',
  rss: 'RSS',
  json: 'JSON Feed',
}

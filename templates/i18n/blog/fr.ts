import type { BlogMessages } from './messages'

export const fr: BlogMessages = {
  nav: 'Blog',
  title: 'Blog',
  description: (site) => `Billets signés par l’équipe de ${site}`,
  empty: 'Aucun billet pour le moment.',
  archivePage: (n) => `archives, page ${n}`,
  by: 'Par',
  published: 'Publié le',
  updated: 'mis à jour le',
  topics: 'Thèmes',
  newer: 'Billets plus récents',
  older: 'Billets précédents',
  pagination: 'Pages du blog',
  allPosts: 'Tous les billets du blog',
  feeds: 'Suivre le blog',
  rss: 'RSS',
  json: 'JSON Feed',
}

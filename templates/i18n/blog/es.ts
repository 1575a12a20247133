import type { BlogMessages } from './messages'

export const es: BlogMessages = {
  nav: 'Blog',
  title: 'Blog',
  description: (site) => `Artículos firmados por el equipo de ${site}`,
  empty: 'Aún no hay artículos.',
  archivePage: (n) => `archivo, página ${n}`,
  by: 'Por',
  published: 'Publicado el',
  updated: 'actualizado el',
  topics: 'Temas',
  newer: 'Artículos más recientes',
  older: 'Artículos anteriores',
  pagination: 'Páginas del blog',
  allPosts: 'Todos los artículos del blog',
  feeds: 'Suscribirse al blog',
  rss: 'RSS',
  json: 'JSON Feed',
}

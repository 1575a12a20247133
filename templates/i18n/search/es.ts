import type { SearchMessages } from './messages'

export const es: SearchMessages = {
  nav: 'Buscar',
  title: 'Buscar en este sitio',
  description: 'Busque en las noticias, los servicios y las páginas de este sitio.',
  intro: 'Escriba una o varias palabras: la búsqueda recorre las noticias, los servicios y las páginas de este sitio en español.',
  label: 'Palabras que busca',
  hint: 'Por ejemplo: pasaporte, visado, registro consular.',
  submit: 'Buscar',
  browse: 'Recorrer el sitio',
  noScript: 'La búsqueda necesita JavaScript, que este navegador no ha ejecutado. Todo el contenido está en las noticias, los servicios y el mapa del sitio.',
  newsIndex: 'Todas las noticias',
  servicesIndex: 'Todos los servicios',
  sitemap: 'Mapa del sitio (XML)',
  script: {
    searching: 'Buscando…',
    results: 'Resultados para «{query}»: {count}',
    none: 'Ningún resultado para «{query}». Pruebe con otras palabras, o recorra las noticias y el mapa del sitio.',
    failed: 'No se pudo cargar la búsqueda. Recorra las noticias, los servicios o el mapa del sitio.',
    more: 'Más resultados',
  },
}

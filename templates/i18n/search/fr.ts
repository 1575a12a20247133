import type { SearchMessages } from './messages'

export const fr: SearchMessages = {
  nav: 'Rechercher',
  title: 'Rechercher sur ce site',
  description: 'Recherchez dans les actualités, les services et les pages de ce site.',
  intro: 'Saisissez un ou plusieurs mots : la recherche porte sur les actualités, les services et les pages de ce site en français.',
  label: 'Mots recherchés',
  hint: 'Par exemple : passeport, visa, inscription consulaire.',
  submit: 'Rechercher',
  browse: 'Parcourir le site',
  noScript: 'La recherche a besoin de JavaScript, que ce navigateur n’a pas exécuté. Tout le contenu se trouve dans les actualités, les services et le plan du site.',
  newsIndex: 'Toutes les actualités',
  servicesIndex: 'Tous les services',
  sitemap: 'Plan du site (XML)',
  script: {
    searching: 'Recherche en cours…',
    results: 'Résultats pour « {query} » : {count}',
    none: 'Aucun résultat pour « {query} ». Essayez d’autres mots, ou parcourez les actualités et le plan du site.',
    failed: 'La recherche n’a pas pu être chargée. Parcourez les actualités, les services ou le plan du site.',
    more: 'Plus de résultats',
  },
}

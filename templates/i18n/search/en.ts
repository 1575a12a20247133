import type { SearchMessages } from './messages'

export const en: SearchMessages = {
  nav: 'Search',
  title: 'Search this site',
  description: 'Search the news, services and pages of this site.',
  intro: 'Type one or more words: the search covers the news, services and pages of this site in English.',
  label: 'Words to search for',
  hint: 'For example: passport, visa, consular registration.',
  submit: 'Search',
  browse: 'Browse the site',
  noScript: 'Search needs JavaScript, which this browser has not run. All of the content is in the news, the services and the site map.',
  newsIndex: 'All news',
  servicesIndex: 'All services',
  sitemap: 'Site map (XML)',
  script: {
    searching: 'Searching…',
    results: 'Results for “{query}”: {count}',
    none: 'No results for “{query}”. Try other words, or browse the news and the site map.',
    failed: 'Search could not be loaded. Browse the news, the services or the site map.',
    more: 'More results',
  },
}

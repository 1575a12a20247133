import type { TravelAdviceMessages } from './messages'

export const fr: TravelAdviceMessages = {
  title: 'Conseils aux voyageurs',
  intro: 'Ce qu’il faut savoir avant de se rendre dans chaque pays : sécurité, conditions d’entrée, santé, lois et coutumes, risques naturels et où trouver de l’aide.',
  levels: { 1: 'Prendre les précautions habituelles', 2: 'Faire preuve d’une vigilance renforcée', 3: 'Reconsidérer le voyage', 4: 'Ne pas voyager' },
  levelNumber: (n) => `Niveau ${n}`,
  country: 'Pays', level: 'Niveau', lastReviewed: 'Revu le', lastChange: 'Dernière modification', summary: 'Résumé',
  parts: { safety: 'Sécurité', entry: 'Conditions d’entrée', health: 'Santé', laws: 'Lois et coutumes locales', hazards: 'Risques naturels', help: 'Obtenir de l’aide' },
  regions: 'Régions à un autre niveau',
  higherInParts: (n) => `Niveau ${n} dans certaines régions`,
  history: 'Historique des modifications', major: 'Modification importante', minor: 'Modification mineure',
  countryTitle: (c) => `Conseils aux voyageurs : ${c}`,
  panelHeading: (c) => `Conseils aux voyageurs pour ${c}`,
  panelLink: (c) => `Lire les conseils aux voyageurs pour ${c}`,
  feedsHeading: 'Suivre les modifications',
  countryFeed: (c) => `Modifications importantes : ${c}`,
  allChanges: 'Toutes les modifications, tous les pays',
  majorChanges: 'Modifications importantes, tous les pays',
  openData: 'Niveaux en données ouvertes',
  noAdvice: 'Aucun conseil aux voyageurs n’est encore publié.',
  itemTitle: (c, l) => `${c} : ${l}`,
}

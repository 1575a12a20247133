import type { TravelAdviceMessages } from './messages'

export const es: TravelAdviceMessages = {
  title: 'Recomendaciones de viaje',
  intro: 'Lo que debe saber antes de viajar a cada país: seguridad, requisitos de entrada, salud, leyes y costumbres, riesgos naturales y dónde pedir ayuda.',
  levels: { 1: 'Tome las precauciones habituales', 2: 'Extreme las precauciones', 3: 'Reconsidere el viaje', 4: 'No viaje' },
  levelNumber: (n) => `Nivel ${n}`,
  country: 'País', level: 'Nivel', lastReviewed: 'Revisada el', lastChange: 'Último cambio', summary: 'Resumen',
  parts: { safety: 'Seguridad', entry: 'Requisitos de entrada', health: 'Salud', laws: 'Leyes y costumbres locales', hazards: 'Riesgos naturales', help: 'Cómo obtener ayuda' },
  regions: 'Regiones con otro nivel',
  higherInParts: (n) => `Nivel ${n} en partes del país`,
  history: 'Historial de cambios', major: 'Cambio importante', minor: 'Cambio menor',
  countryTitle: (c) => `Recomendaciones de viaje: ${c}`,
  panelHeading: (c) => `Recomendaciones de viaje para ${c}`,
  panelLink: (c) => `Lea las recomendaciones de viaje para ${c}`,
  feedsHeading: 'Siga los cambios',
  countryFeed: (c) => `Cambios importantes: ${c}`,
  allChanges: 'Todos los cambios de todos los países',
  majorChanges: 'Cambios importantes de todos los países',
  openData: 'Niveles en datos abiertos',
  noAdvice: 'Todavía no hay recomendaciones publicadas.',
  itemTitle: (c, l) => `${c}: ${l}`,
}

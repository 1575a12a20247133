import type { TravelAdviceMessages } from './messages'

export const en: TravelAdviceMessages = {
  title: 'Travel advice',
  intro: 'What to know before you travel to each country: safety and security, entry requirements, health, local laws and customs, natural hazards and where to get help.',
  levels: { 1: 'Exercise normal precautions', 2: 'Exercise increased caution', 3: 'Reconsider travel', 4: 'Do not travel' },
  levelNumber: (n) => `Level ${n}`,
  country: 'Country', level: 'Level', lastReviewed: 'Last reviewed', lastChange: 'Last change', summary: 'Summary',
  parts: { safety: 'Safety and security', entry: 'Entry requirements', health: 'Health', laws: 'Local laws and customs', hazards: 'Natural hazards', help: 'Getting help' },
  regions: 'Regions at another level',
  higherInParts: (n) => `Level ${n} in parts of the country`,
  history: 'History of changes', major: 'Major change', minor: 'Minor change',
  countryTitle: (c) => `Travel advice: ${c}`,
  panelHeading: (c) => `Travel advice for ${c}`,
  panelLink: (c) => `Read the travel advice for ${c}`,
  feedsHeading: 'Follow the changes',
  countryFeed: (c) => `Major changes: ${c}`,
  allChanges: 'Every change, every country',
  majorChanges: 'Major changes, every country',
  openData: 'Levels as open data',
  noAdvice: 'No travel advice has been published yet.',
  itemTitle: (c, l) => `${c}: ${l}`,
}

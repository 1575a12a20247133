import type { CorpsMessages } from './messages'

export const fr: CorpsMessages = {
  title: 'Corps diplomatique et organisations internationales accrédités',
  intro: 'Ambassades, consulats et bureaux d’organisations internationales accrédités dans le pays, avec leurs chefs de mission et leurs coordonnées.',
  byCountry: 'Par pays',
  precedence: 'Ordre de préséance',
  precedenceIntro: 'Les chefs de mission diplomatique par classe et par la date de remise de leurs lettres de créance ; les chefs de poste consulaire par classe et par la date de leur exequatur.',
  views: 'Présentations de la liste',
  diplomaticCorps: 'Corps diplomatique',
  consularCorps: 'Corps consulaire',
  organisations: 'Organisations internationales',
  organisationsNote: 'Les organisations internationales n’ont pas de préséance entre elles : elles sont classées par nom.',
  kinds: {
    embassy: 'Ambassade', 'high-commission': 'Haut-commissariat', delegation: 'Délégation', 'consulate-general': 'Consulat général',
    consulate: 'Consulat', 'honorary-consulate': 'Consulat honoraire', 'international-organisation': 'Bureau d’organisation internationale',
  },
  classes: {
    ambassador: 'Ambassadeur', envoy: 'Envoyé ou ministre', 'charge-d-affaires': 'Chargé d’affaires en pied', 'charge-d-affaires-ai': 'Chargé d’affaires a.i.',
    'consul-general': 'Consul général', consul: 'Consul', 'vice-consul': 'Vice-consul', 'consular-agent': 'Agent consulaire', representative: 'Représentant',
  },
  position: 'No', head: 'Chef de mission', mission: 'Mission',
  credentials: 'Lettres de créance', exequatur: 'Exequatur', accredited: 'Accréditation', pending: 'en attente',
  address: 'Adresse', phone: 'Téléphone', email: 'Courriel', website: 'Site web', accounts: 'Réseaux sociaux', nationalDay: 'Fête nationale',
  openData: 'La liste en données ouvertes',
  none: 'Aucune mission accréditée n’a encore été publiée.',
  sampleEntry: '(données d’exemple)',
  sampleNotice: 'Les entrées marquées comme données d’exemple ont des adresses, numéros, noms et dates inventés.',
}

import type { CorpsMessages } from './messages'

export const en: CorpsMessages = {
  title: 'Accredited diplomatic corps and international organisations',
  intro: 'Embassies, consulates and offices of international organisations accredited in the country, with their heads of mission and contact details.',
  byCountry: 'By country',
  precedence: 'Order of precedence',
  precedenceIntro: 'Heads of diplomatic missions by class and by the date they presented their credentials; heads of consular posts by class and by the date of their exequatur.',
  views: 'Views of the list',
  diplomaticCorps: 'Diplomatic corps',
  consularCorps: 'Consular corps',
  organisations: 'International organisations',
  organisationsNote: 'International organisations take no precedence among themselves: they are listed by name.',
  kinds: {
    embassy: 'Embassy', 'high-commission': 'High Commission', delegation: 'Delegation', 'consulate-general': 'Consulate-General',
    consulate: 'Consulate', 'honorary-consulate': 'Honorary Consulate', 'international-organisation': 'International organisation office',
  },
  classes: {
    ambassador: 'Ambassador', envoy: 'Envoy or minister', 'charge-d-affaires': 'Chargé d’affaires en pied', 'charge-d-affaires-ai': 'Chargé d’affaires a.i.',
    'consul-general': 'Consul-General', consul: 'Consul', 'vice-consul': 'Vice-Consul', 'consular-agent': 'Consular agent', representative: 'Representative',
  },
  position: 'No.', head: 'Head of mission', mission: 'Mission',
  credentials: 'Credentials', exequatur: 'Exequatur', accredited: 'Accreditation', pending: 'pending',
  address: 'Address', phone: 'Phone', email: 'Email', website: 'Website', accounts: 'Social media', nationalDay: 'National day',
  openData: 'The list as open data',
  none: 'No accredited mission has been published yet.',
  sampleEntry: '(sample data)',
  sampleNotice: 'Entries marked as sample data have invented addresses, phone numbers, names and dates.',
}

import type { Messages } from './messages'

export const en: Messages = {
  skipToContent: 'Skip to main content',
  primaryNavigation: 'Main navigation',
  languageNavigation: 'Language',
  breadcrumb: 'Breadcrumb',
  nav: { home: 'Home', news: 'News', services: 'Services', contact: 'Offices and contact', social: 'Social media', atlas: 'Social atlas' },
  missionPages: {
    about: 'About the mission', 'bilateral-relations': 'Bilateral relations', 'trade-investment': 'Trade and investment',
    tourism: 'Tourism', culture: 'Culture', study: 'Study',
  },
  missionTypes: {
    embassy: 'Embassy', 'high-commission': 'High Commission', 'consulate-general': 'Consulate-General', consulate: 'Consulate',
    'permanent-mission': 'Permanent Mission', delegation: 'Delegation', 'honorary-consulate': 'Honorary Consulate',
    'trade-office': 'Trade and Cultural Office', 'interests-section': 'Interests Section', office: 'Office', other: 'Representation',
  },
  serviceCategories: {
    passports: 'Passports', 'civil-registry': 'Civil registry', visas: 'Visas', legalisations: 'Legalisations and apostilles',
    registration: 'Registration of nationals abroad', voting: 'Voting abroad', assistance: 'Assistance and protection',
    'mobile-consulate': 'Mobile consulate', notarial: 'Notarial services', other: 'Other services',
  },
  audiences: { nationals: 'Nationals', foreigners: 'Foreigners' },
  feeds: { rss: 'News (RSS)', jsonFeed: 'News (JSON Feed)' },
  relatedBodies: 'Related bodies',
  sampleData: 'Demo data: addresses and numbers are invented.',
  home: {
    latestNews: 'Latest news', keyServices: 'Key services', openingToday: 'Opening hours today',
    closedToday: 'The office is closed today', noHoursToday: 'No public opening today', emergency: 'Emergency number',
    emergencyHelp: 'For nationals in an emergency: arrest, accident, death or disaster. Answered day and night.',
    allNews: 'All news', allServices: 'All services',
  },
  news: {
    title: 'News', archivePage: (page) => `Archive, page ${page}`, newer: 'Newer news', older: 'Older news',
    pagination: 'Pagination', published: 'Published', updated: 'Updated', topics: 'Topics', empty: 'No news yet.', from: 'Published by',
  },
  services: {
    title: 'Services', intro: 'Consular procedures and services offered by this mission.', audience: 'For', requirements: 'Requirements',
    fee: 'Fee', free: 'Free', processingTime: 'Processing time', bookAppointment: 'Book an appointment', updated: 'Last updated', empty: 'No services published.',
  },
  appointments: {
    title: 'Appointments', nextAvailable: 'Next available appointment',
    noneAvailable: 'No appointments are free in the booking period right now; new ones open every day.',
    asOfBuild: 'Worked out when this page was published; the booking calendar shows what is free right now.',
    homeIntro: 'Book online for the consular services that need an appointment.',
  },
  contact: {
    title: 'Offices and contact', mainOffice: 'Main office', address: 'Address', phones: 'Telephone', emergency: 'Emergencies (24 hours)',
    email: 'Email', contactForm: 'Contact form', openingHours: 'Opening hours', closures: 'Closed on',
    access: 'Getting there', map: 'Location', mapLink: (office) => `View ${office} on OpenStreetMap`, headOfMission: 'Head of mission', jurisdiction: 'Jurisdiction',
  },
  social: { title: 'Social media', intro: 'Official accounts of this mission.', empty: 'This mission has no registered accounts.' },
  notFound: { title: 'Page not found', body: 'The page you are looking for does not exist or has moved.', backHome: 'Go to the home page' },
  atlas: {
    title: 'Social-media atlas',
    intro: 'The official accounts of every embassy, consulate and mission of the network, by country.',
    platformTitle: (platform) => `Social-media atlas: ${platform}`,
    platformIntro: (platform) => `Missions with an account on ${platform}, by country.`,
    filter: 'Filter by platform', allPlatforms: 'All platforms', bodies: 'The ministry and related bodies', byCountry: 'By country', noAccounts: 'No registered accounts.', closed: 'closed',
    search: 'Search for a mission, city or country', shown: 'Missions shown: {count}',
    openData: 'Open data', openDataIntro: 'The atlas and the directory of missions, free to reuse.', atlasData: 'Account atlas', missionsData: 'Mission directory',
  },
}

import type { Messages } from './messages'

export const fr: Messages = {
  skipToContent: 'Aller au contenu principal',
  primaryNavigation: 'Navigation principale',
  languageNavigation: 'Langue',
  breadcrumb: 'Fil d’Ariane',
  nav: { home: 'Accueil', news: 'Actualités', services: 'Services', contact: 'Bureaux et contact', social: 'Réseaux sociaux', atlas: 'Atlas des réseaux' },
  missionPages: {
    about: 'La mission', 'bilateral-relations': 'Relations bilatérales', 'trade-investment': 'Commerce et investissement',
    tourism: 'Tourisme', culture: 'Culture', study: 'Étudier',
  },
  missionTypes: {
    embassy: 'Ambassade', 'high-commission': 'Haut-commissariat', 'consulate-general': 'Consulat général', consulate: 'Consulat',
    'permanent-mission': 'Mission permanente', delegation: 'Délégation', 'honorary-consulate': 'Consulat honoraire',
    'trade-office': 'Bureau commercial et culturel', 'interests-section': 'Section d’intérêts', office: 'Bureau', other: 'Représentation',
  },
  serviceCategories: {
    passports: 'Passeports', 'civil-registry': 'État civil', visas: 'Visas', legalisations: 'Légalisations et apostilles',
    registration: 'Inscription des ressortissants à l’étranger', voting: 'Vote à l’étranger', assistance: 'Assistance et protection',
    'mobile-consulate': 'Consulat itinérant', notarial: 'Services notariaux', other: 'Autres services',
  },
  audiences: { nationals: 'Ressortissants', foreigners: 'Étrangers' },
  feeds: { rss: 'Actualités (RSS)', jsonFeed: 'Actualités (JSON Feed)' },
  relatedBodies: 'Organismes associés',
  sampleData: 'Données de démonstration : les adresses et les numéros sont fictifs.',
  home: {
    latestNews: 'Dernières actualités', keyServices: 'Services principaux', openingToday: 'Horaires du jour',
    closedToday: 'Le bureau est fermé aujourd’hui', noHoursToday: 'Pas d’accueil du public aujourd’hui', emergency: 'Numéro d’urgence',
    emergencyHelp: 'Pour les ressortissants en situation d’urgence : arrestation, accident, décès ou catastrophe. Joignable jour et nuit.',
    allNews: 'Toutes les actualités', allServices: 'Tous les services',
  },
  news: {
    title: 'Actualités', archivePage: (page) => `Archives, page ${page}`, newer: 'Actualités plus récentes', older: 'Actualités plus anciennes',
    pagination: 'Pagination', published: 'Publié le', updated: 'Mis à jour le', topics: 'Thèmes', empty: 'Aucune actualité pour le moment.', from: 'Publié par',
  },
  services: {
    title: 'Services', intro: 'Démarches consulaires et services proposés par cette mission.', audience: 'Pour', requirements: 'Pièces requises',
    fee: 'Tarif', free: 'Gratuit', processingTime: 'Délai', bookAppointment: 'Prendre rendez-vous', updated: 'Dernière mise à jour', empty: 'Aucun service publié.',
  },
  appointments: {
    title: 'Rendez-vous', nextAvailable: 'Prochain rendez-vous disponible',
    noneAvailable: 'Aucun rendez-vous n’est libre pour le moment sur la période de réservation ; de nouveaux créneaux s’ouvrent chaque jour.',
    asOfBuild: 'Date calculée à la publication de cette page ; le calendrier des rendez-vous indique les disponibilités du moment.',
    homeIntro: 'Prenez rendez-vous en ligne pour les démarches consulaires qui l’exigent.',
  },
  contact: {
    title: 'Bureaux et contact', mainOffice: 'Bureau principal', address: 'Adresse', phones: 'Téléphone', emergency: 'Urgences (24 h/24)',
    email: 'Courriel', contactForm: 'Formulaire de contact', openingHours: 'Horaires d’ouverture', closures: 'Fermetures',
    access: 'Accès', map: 'Localisation', mapLink: (office) => `Voir ${office} sur OpenStreetMap`, headOfMission: 'Chef de mission', jurisdiction: 'Circonscription',
  },
  social: { title: 'Réseaux sociaux', intro: 'Comptes officiels de cette mission.', empty: 'Cette mission n’a aucun compte enregistré.' },
  notFound: { title: 'Page introuvable', body: 'La page demandée n’existe pas ou a été déplacée.', backHome: 'Retour à l’accueil' },
  atlas: {
    title: 'Atlas des réseaux sociaux',
    intro: 'Les comptes officiels de chaque ambassade, consulat et mission du réseau, par pays.',
    platformTitle: (platform) => `Atlas des réseaux sociaux : ${platform}`,
    platformIntro: (platform) => `Les missions ayant un compte sur ${platform}, par pays.`,
    filter: 'Filtrer par plateforme', allPlatforms: 'Toutes les plateformes', bodies: 'Le ministère et les organismes liés', byCountry: 'Par pays', noAccounts: 'Aucun compte enregistré.', closed: 'fermée',
    search: 'Rechercher une mission, une ville ou un pays', shown: 'Missions affichées : {count}',
    openData: 'Données ouvertes', openDataIntro: 'L’atlas et l’annuaire des missions, librement réutilisables.', atlasData: 'Atlas des comptes', missionsData: 'Annuaire des missions',
  },
}

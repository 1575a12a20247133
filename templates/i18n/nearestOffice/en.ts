import type { NearestOfficeMessages } from './messages'

export const en: NearestOfficeMessages = {
  title: 'Nearest office',
  description: 'The embassies, consulates and offices of the network, by country and by distance.',
  intro: 'Every office of the network, by country. Given your location or your city, this page sorts them by distance.',
  byCountry: 'Offices by country',
  finder: {
    heading: 'Find the offices nearest to you',
    cityLabel: 'Your city',
    cityHint: 'If several share its name, add the country after a comma: “Valencia, Spain”.',
    submit: 'Find',
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    nearestToPlace: 'Offices nearest to {place}',
    nearestToYou: 'Offices nearest to your location',
    notFound: 'We could not find a city called “{query}”. Try a large city nearby, or look for your country in the list.',
    locationFailed: 'Your location could not be used. Type your city instead.',
    loadFailed: 'The list of offices could not be loaded. Look for your country in the list.',
    distance: '{km} km',
  },
  contact: 'Contact',
  linkFromContact: 'Find the nearest office of the network',
}

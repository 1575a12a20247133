import type { NearestOfficeMessages } from './messages'

export const fr: NearestOfficeMessages = {
  title: 'Bureau le plus proche',
  description: 'Les ambassades, consulats et bureaux du réseau, par pays et par distance.',
  intro: 'Tous les bureaux du réseau, par pays. À partir de votre position ou de votre ville, cette page les classe par distance.',
  byCountry: 'Bureaux par pays',
  finder: {
    heading: 'Trouver les bureaux les plus proches',
    cityLabel: 'Votre ville',
    cityHint: 'Si plusieurs villes portent ce nom, ajoutez le pays après une virgule : « Valencia, Espagne ».',
    submit: 'Rechercher',
    useLocation: 'Utiliser ma position',
    locating: 'Recherche de votre position…',
    nearestToPlace: 'Bureaux les plus proches de {place}',
    nearestToYou: 'Bureaux les plus proches de votre position',
    notFound: 'Aucune ville nommée « {query} » n’a été trouvée. Essayez une grande ville voisine, ou cherchez votre pays dans la liste.',
    locationFailed: 'Votre position n’a pas pu être utilisée. Saisissez votre ville.',
    loadFailed: 'La liste des bureaux n’a pas pu être chargée. Cherchez votre pays dans la liste.',
    distance: '{km} km',
  },
  contact: 'Contact',
  linkFromContact: 'Trouver le bureau du réseau le plus proche',
}

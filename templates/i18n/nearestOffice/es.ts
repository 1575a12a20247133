import type { NearestOfficeMessages } from './messages'

export const es: NearestOfficeMessages = {
  title: 'Oficina más cercana',
  description: 'Las embajadas, consulados y oficinas de la red, por país y por distancia.',
  intro: 'Todas las oficinas de la red, por país. Con su ubicación o su ciudad, esta página las ordena por distancia.',
  byCountry: 'Oficinas por país',
  finder: {
    heading: 'Buscar las oficinas más cercanas',
    cityLabel: 'Su ciudad',
    cityHint: 'Si hay varias con el mismo nombre, añada el país tras una coma: «Valencia, España».',
    submit: 'Buscar',
    useLocation: 'Usar mi ubicación',
    locating: 'Buscando su ubicación…',
    nearestToPlace: 'Oficinas más cercanas a {place}',
    nearestToYou: 'Oficinas más cercanas a su ubicación',
    notFound: 'No encontramos la ciudad «{query}». Pruebe con una ciudad grande cercana o busque su país en la lista.',
    locationFailed: 'No se pudo usar su ubicación. Escriba su ciudad.',
    loadFailed: 'No se pudo cargar la lista de oficinas. Busque su país en la lista.',
    distance: '{km} km',
  },
  contact: 'Contacto',
  linkFromContact: 'Buscar la oficina de la red más cercana',
}

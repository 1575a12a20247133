import type { MissionSeed } from './types'

/** Mexico: the embassy in Mexico City and consulates in Monterrey and Tapachula (DOMAIN.md). */
export const MEXICO: MissionSeed[] = [
  {
    slug: 'mexico-city', type: 'embassy', country: 'MX', locales: ['es', 'en'],
    name: { es: 'Embajada del Ecuador en México', en: 'Embassy of Ecuador in Mexico' },
    city: { es: 'Ciudad de México', en: 'Mexico City' },
    jurisdiction: [{ country: 'MX' }],
    head: 'ambassador', dialCode: '+52', timeZone: 'America/Mexico_City',
    office: { street: 'Avenida Ejemplo 450 (sample data)', postalCode: '11000', latitude: 19.4326, longitude: -99.1332 },
    consularSection: { street: 'Calle Muestra 88 (sample data)', postalCode: '06600', latitude: 19.4270, longitude: -99.1677 },
    xHandle: 'EcuadorEnMexico',
  },
  {
    slug: 'monterrey', type: 'consulate', country: 'MX', parent: 'mexico-city', locales: ['es'],
    name: { es: 'Consulado del Ecuador en Monterrey' },
    city: { es: 'Monterrey' },
    jurisdiction: [{ country: 'MX', region: { es: 'Nuevo León, Coahuila y Tamaulipas' } }],
    head: 'consul', dialCode: '+52', timeZone: 'America/Monterrey',
    office: { street: 'Avenida Ejemplo 1200 (sample data)', postalCode: '64000', latitude: 25.6866, longitude: -100.3161 },
    xHandle: 'ConsuladoEcuMty',
  },
  {
    slug: 'tapachula', type: 'consulate', country: 'MX', parent: 'mexico-city', locales: ['es'],
    name: { es: 'Consulado del Ecuador en Tapachula' },
    city: { es: 'Tapachula' },
    jurisdiction: [{ country: 'MX', region: { es: 'Chiapas' } }],
    head: 'consul', dialCode: '+52', timeZone: 'America/Mexico_City',
    office: { street: 'Calle Ejemplo Norte 9 (sample data)', postalCode: '30700', latitude: 14.9056, longitude: -92.2636 },
    xHandle: 'ConsEcuTapachul',
  },
]

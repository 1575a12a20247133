import type { MissionSeed } from './types'

/** United States: the embassy in Washington and two of its consulates-general. */
export const UNITED_STATES: MissionSeed[] = [
  {
    slug: 'washington', type: 'embassy', country: 'US', locales: ['es', 'en'],
    name: { es: 'Embajada del Ecuador en los Estados Unidos', en: 'Embassy of Ecuador in the United States' },
    city: { es: 'Washington D. C.', en: 'Washington, D.C.' },
    jurisdiction: [{ country: 'US', region: { es: 'Distrito de Columbia, Maryland y Virginia', en: 'District of Columbia, Maryland and Virginia' } }],
    head: 'ambassador', dialCode: '+1', timeZone: 'America/New_York',
    office: { street: '2500 Example Avenue NW (sample data)', postalCode: '20008', latitude: 38.9072, longitude: -77.0369 },
    xHandle: 'EcuadorEnEEUU',
  },
  {
    slug: 'new-york', type: 'consulate-general', country: 'US', parent: 'washington', locales: ['es', 'en'],
    name: { es: 'Consulado General del Ecuador en Nueva York', en: 'Consulate-General of Ecuador in New York' },
    city: { es: 'Nueva York', en: 'New York' },
    jurisdiction: [{ country: 'US', region: { es: 'Nueva York, Nueva Jersey y Connecticut', en: 'New York, New Jersey and Connecticut' } }],
    head: 'consul-general', dialCode: '+1', timeZone: 'America/New_York',
    office: { street: '800 Example Street (sample data)', postalCode: '10001', latitude: 40.7128, longitude: -74.006 },
    xHandle: 'ConsuladoEcuNY',
  },
  {
    slug: 'los-angeles', type: 'consulate-general', country: 'US', parent: 'washington', locales: ['es', 'en'],
    name: { es: 'Consulado General del Ecuador en Los Ángeles', en: 'Consulate-General of Ecuador in Los Angeles' },
    city: { es: 'Los Ángeles', en: 'Los Angeles' },
    jurisdiction: [{ country: 'US', region: { es: 'California, Arizona y Nevada', en: 'California, Arizona and Nevada' } }],
    head: 'consul-general', dialCode: '+1', timeZone: 'America/Los_Angeles',
    office: { street: '3600 Example Boulevard (sample data)', postalCode: '90010', latitude: 34.0522, longitude: -118.2437 },
    xHandle: 'ConsuladoEcuLA',
  },
]

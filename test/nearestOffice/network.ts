import type { RawNetwork } from '../../src/content/loadNetwork'

const office = (name: Record<string, string>, city: string, country: string, latitude: number | null, longitude: number | null, extra: Record<string, unknown> = {}) => ({
  id: `${city.toLowerCase().replace(/\W+/g, '-')}-office`, name, isMain: true, address: { street: 'Calle 1', postalCode: '', city, country },
  latitude, longitude, openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '14:00' }], closures: [{ date: '2024-12-25' }],
  services: [{ id: 's1', slug: 'passports' }], ...extra,
})

const mission = (slug: string, type: string, name: Record<string, string>, country: string, city: Record<string, string>, offices: unknown[], extra: Record<string, unknown> = {}) => ({
  id: `id-${slug}`, slug, type, name, hostCountry: country, city, status: 'open', siteLocales: ['es', 'en', 'ar'], defaultLocale: 'es',
  baseUrl: `https://${slug}.example/`, timeZone: 'Europe/Madrid', updatedAt: '2024-03-01T10:00:00.000Z', offices, ...extra,
})

/** Offices in Madrid, Barcelona, Quito, Los Angeles, Sydney and Cairo; one without coordinates; one mission closed. */
export function officesNetwork(): RawNetwork {
  return {
    ministry: { name: { es: 'Ministerio de Relaciones Exteriores' } },
    missions: [
      mission('madrid', 'embassy', { es: 'Embajada en España', en: 'Embassy in Spain' }, 'ES', { es: 'Madrid' }, [
        office({ es: 'Cancillería de Madrid', en: 'Madrid chancery' }, 'Madrid', 'ES', 40.4168, -3.7038),
        office({ es: 'Oficina sin coordenadas' }, 'Getafe', 'ES', null, null, { isMain: false }),
      ]),
      mission('barcelona', 'consulate-general', { es: 'Consulado General en Barcelona' }, 'ES', { es: 'Barcelona' }, [office({ es: 'Consulado en Barcelona' }, 'Barcelona', 'ES', 41.3874, 2.1686)]),
      mission('quito', 'office', { es: 'Oficina en Quito' }, 'EC', { es: 'Quito' }, [office({ es: 'Oficina de Quito' }, 'Quito', 'EC', -0.1807, -78.4678)]),
      mission('los-angeles', 'consulate', { es: 'Consulado en Los Ángeles' }, 'US', { es: 'Los Ángeles', en: 'Los Angeles' }, [office({ es: 'Consulado en Los Ángeles' }, 'Los Angeles', 'US', 34.0522, -118.2437)], { timeZone: 'America/Los_Angeles' }),
      mission('sydney', 'consulate', { es: 'Consulado en Sídney' }, 'AU', { es: 'Sídney', en: 'Sydney' }, [office({ es: 'Consulado en Sídney' }, 'Sydney', 'AU', -33.8688, 151.2093)], { timeZone: 'Australia/Sydney' }),
      mission('cairo', 'embassy', { es: 'Embajada en Egipto', ar: 'سفارة في مصر' }, 'EG', { es: 'El Cairo', ar: 'القاهرة' }, [office({ es: 'Embajada en El Cairo', ar: 'السفارة في القاهرة' }, 'Cairo', 'EG', 30.0444, 31.2357)], { siteLocales: ['ar', 'es'], defaultLocale: 'ar' }),
      mission('lyon', 'consulate', { es: 'Consulado en Lyon (cerrado)' }, 'FR', { es: 'Lyon' }, [office({ es: 'Consulado en Lyon' }, 'Lyon', 'FR', 45.764, 4.8357)], { status: 'closed' }),
    ],
    releases: [], services: [], pages: [], accounts: [], topics: [],
  } as unknown as RawNetwork
}

import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, OfficeView } from '../../src/content/viewModels'

const SCHEMA_DAY: Record<string, string> = {
  mon: 'https://schema.org/Monday', tue: 'https://schema.org/Tuesday', wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday', fri: 'https://schema.org/Friday', sat: 'https://schema.org/Saturday', sun: 'https://schema.org/Sunday',
}

function office(site: MissionSiteView, office: OfficeView): object {
  const type = site.mission.type === 'embassy' && office.isMain ? 'Embassy' : 'GovernmentOffice'
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: office.name,
    url: absoluteUrl(site.mission.baseUrl, sitePaths.contact(site.locale)),
    address: {
      '@type': 'PostalAddress',
      streetAddress: office.address.street,
      postalCode: office.address.postalCode,
      addressLocality: office.address.city,
      addressCountry: office.address.country,
    },
    ...(office.latitude !== null && office.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: office.latitude, longitude: office.longitude } }
      : {}),
    ...(office.phones[0] ? { telephone: office.phones[0].number } : {}),
    ...(office.email ? { email: office.email } : {}),
    openingHoursSpecification: [
      ...office.openingHours.map((p) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: p.days.map((d) => SCHEMA_DAY[d]), opens: p.opens, closes: p.closes })),
      // schema.org's way to say "closed that day": opens and closes at midnight.
      ...office.closures.map((c) => ({ '@type': 'OpeningHoursSpecification', validFrom: c.date.slice(0, 10), validThrough: c.date.slice(0, 10), opens: '00:00', closes: '00:00' })),
    ],
  }
}

/** schema.org Embassy (main office of an embassy) or GovernmentOffice, one per office. */
export function missionOffices(site: MissionSiteView): object[] {
  return site.mission.offices.map((o) => office(site, o))
}

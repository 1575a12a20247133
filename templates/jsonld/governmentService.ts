import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, ServiceView } from '../../src/content/viewModels'
import { messagesFor, serviceCategoryLabel } from '../i18n'
import { missionOrganization } from './organization'

/** schema.org GovernmentService for a consular service. */
export function governmentService(site: MissionSiteView, service: ServiceView): object {
  const { mission } = site
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    serviceType: serviceCategoryLabel(messagesFor(site.locale), service.category),
    url: absoluteUrl(mission.baseUrl, sitePaths.service(site.locale, service.slug)),
    inLanguage: site.locale,
    provider: missionOrganization(mission, site.locale, site.ministry),
    ...(mission.jurisdiction.length > 0
      ? { areaServed: mission.jurisdiction.map((j) => (j.region ? { '@type': 'AdministrativeArea', name: j.region, containedInPlace: { '@type': 'Country', name: j.country } } : { '@type': 'Country', name: j.country })) }
      : {}),
    ...(service.fee ? { offers: { '@type': 'Offer', price: service.fee.amount, priceCurrency: service.fee.currency } } : {}),
    ...(service.booking || service.appointmentUrl ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: service.booking?.url ?? service.appointmentUrl } } : {}),
  }
}

import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { MinistryView, MissionSiteView, MissionSummaryView } from '../../src/content/viewModels'

/** The ministry as a schema.org organization (publisher of every page). */
export function ministryOrganization(ministry: MinistryView): object {
  return {
    '@type': 'GovernmentOrganization',
    name: ministry.name,
    url: ministry.baseUrl,
    ...(ministry.emblem ? { logo: ministry.emblem.src } : {}),
  }
}

/** A mission as the organization behind its site (author of its releases, provider of its services). */
export function missionOrganization(mission: MissionSummaryView, locale: MissionSiteView['locale'], ministry: MinistryView): object {
  return {
    '@type': 'GovernmentOrganization',
    name: mission.name,
    url: absoluteUrl(mission.baseUrl, sitePaths.home(locale)),
    parentOrganization: ministryOrganization(ministry),
  }
}

import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, ReleaseView } from '../../src/content/viewModels'
import { ministryOrganization, missionOrganization } from './organization'

/** schema.org NewsArticle for a press release. */
export function newsArticle(site: MissionSiteView, release: ReleaseView): object {
  const url = absoluteUrl(site.mission.baseUrl, sitePaths.release(site.locale, release.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary,
    inLanguage: site.locale,
    url,
    mainEntityOfPage: url,
    datePublished: release.publishedAt,
    dateModified: release.updatedAt,
    ...(release.heroImage ? { image: [release.heroImage.src] } : {}),
    ...(release.topics.length > 0 ? { keywords: release.topics.map((t) => t.name) } : {}),
    author: release.origin ? missionOrganization(release.origin, site.locale, site.ministry) : ministryOrganization(site.ministry),
    publisher: ministryOrganization(site.ministry),
  }
}

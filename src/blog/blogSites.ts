import { idOf } from '../access/roles'
import { NONE, type Affected } from '../jobs/affectedMissions'

/**
 * A mission's post shows on its own site only. A ministry post shows on the ministry's site,
 * which the rebuild queue only builds with every site (as travel advice without a mission).
 */
export function blogSites(doc: Record<string, unknown> | null | undefined): Affected {
  if (!doc) return NONE
  const owner = idOf(doc.mission)
  return owner ? { ids: [owner], slugs: [] } : 'all'
}

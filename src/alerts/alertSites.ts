import { idOf } from '../access/roles'
import { NONE, type Affected } from '../jobs/affectedMissions'

type Doc = Record<string, unknown> | null | undefined

/**
 * The sites an alert may show on. One addressed to countries is counted as every site: which
 * missions are in a country is read when the sites are refreshed, and a refresh that finds an
 * alert does not concern a site changes none of its files.
 */
export function alertSites(doc: Doc): Affected {
  if (!doc) return NONE
  const countries = (doc.countries as unknown[] | null | undefined) ?? []
  if (doc.scope === 'network' || countries.length > 0) return 'all'
  const ids = ((doc.missions as unknown[] | null | undefined) ?? []).map(idOf).filter((id): id is string => id !== null)
  return { ids, slugs: [] }
}

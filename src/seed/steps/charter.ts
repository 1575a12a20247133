import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { citizenAttentionData } from '../documents/ministry'
import { graftIds } from '../graftIds'
import { SEEDING_CONTEXT } from '../writer'

/**
 * A ministry seeded before the charter had commitments keeps its name, so seedMinistry leaves
 * it alone; its charter still gets the promise and commitments while it has none. Once it has
 * any, they are the editors'.
 */
export async function seedCharterCommitments({ payload }: SeedContext): Promise<void> {
  const current = await payload.findGlobal({ slug: 'ministry', locale: 'es', fallbackLocale: false, depth: 0, context: SEEDING_CONTEXT })
  if ((current.citizenAttention?.commitments ?? []).length > 0) return
  let saved: unknown = current.citizenAttention
  for (const locale of LOCALE_CODES) {
    const written = await payload.updateGlobal({
      slug: 'ministry',
      data: { citizenAttention: graftIds(citizenAttentionData(locale), saved) },
      locale,
      depth: 0,
      context: SEEDING_CONTEXT,
    })
    saved = written.citizenAttention
  }
}

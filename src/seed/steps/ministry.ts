import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { ministryData } from '../documents/ministry'
import { graftIds } from '../graftIds'
import { count } from '../report'
import { SEEDING_CONTEXT } from '../writer'

/** The ministry global is written once: when it already has a name, an editor owns it. */
export async function seedMinistry({ payload, report }: SeedContext): Promise<void> {
  const current = await payload.findGlobal({ slug: 'ministry', locale: 'es', fallbackLocale: false, depth: 0, context: SEEDING_CONTEXT })
  if (current?.name) {
    count(report, 'ministry', 'unchanged')
    return
  }
  let saved: unknown = null
  for (const locale of LOCALE_CODES) {
    saved = await payload.updateGlobal({
      slug: 'ministry',
      data: (saved ? graftIds(ministryData(locale), saved) : ministryData(locale)) as never,
      locale,
      depth: 0,
      context: SEEDING_CONTEXT,
    })
  }
  count(report, 'ministry', 'created')
}

import type { Where } from 'payload'

import type { LocaleCode } from '../../config/locales'
import { CORPS_COLLECTION } from '../../corps/loadCorps'
import { SENT_BY_ORGANISATION } from '../../corps/kinds'
import type { SeedContext } from '../context'
import { CORPS, type CorpsSeed } from '../data/corps'
import { idFor } from '../refs'
import { ensureDocument } from '../writer'

const LOCALES: LocaleCode[] = ['es', 'en', 'fr', 'zh', 'ar']

/** How a second run recognises an entry: an organisation by its Spanish acronym, a state's mission by state, kind and city. */
function naturalKey(entry: CorpsSeed): Where {
  return SENT_BY_ORGANISATION.has(entry.kind)
    ? { acronym: { equals: entry.acronym!.es } }
    : { and: [{ sendingState: { equals: entry.sendingState } }, { kind: { equals: entry.kind } }, { 'address.city': { equals: entry.city } }] }
}

/** The demo's accredited corps in Ecuador, published, each language written where the data has it. */
export async function seedCorps({ payload, report, refs }: SeedContext): Promise<void> {
  for (const entry of CORPS) {
    await ensureDocument(payload, report, {
      collection: CORPS_COLLECTION,
      where: naturalKey(entry),
      locales: LOCALES,
      data: (locale) => {
        const text = (value: Partial<Record<LocaleCode, string>> | undefined) => value?.[locale] ?? null
        // A language the entry has no text in is left to the Spanish fallback.
        if (locale !== 'es' && !text(entry.head.title) && !text(entry.organisation)) return null
        return {
          kind: entry.kind,
          sendingState: entry.sendingState ?? null,
          organisation: text(entry.organisation),
          acronym: text(entry.acronym),
          head: { ...entry.head, title: text(entry.head.title) },
          address: { street: entry.street, city: entry.city },
          phone: entry.phone,
          email: entry.email,
          website: entry.website,
          socialAccounts: entry.accounts.map((a) => ({ platform: idFor(refs.platforms, a.platform, 'platform'), url: a.url })),
          nationalDay: entry.nationalDay ?? null,
          sampleData: true,
          _status: 'published',
        }
      },
    })
  }
}

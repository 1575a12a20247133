import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { ALERTS } from '../data/alerts'
import { ensureDocument } from '../writer'

const DAY_MS = 24 * 60 * 60 * 1000

/** The demo's alerts, dated from the seed's "now"; published, so their expiry is put on the jobs queue. */
export async function seedAlerts({ payload, report, now }: SeedContext): Promise<void> {
  for (const alert of ALERTS) {
    await ensureDocument(payload, report, {
      collection: 'alerts' as never,
      where: { title: { equals: alert.title.es } },
      locales: LOCALE_CODES.filter((l) => alert.title[l]),
      data: (locale) => locale === 'es'
        ? {
            severity: alert.severity, scope: alert.scope, countries: alert.countries, missions: [],
            title: alert.title.es, text: alert.text.es,
            startsAt: new Date(now.getTime() + alert.startsInDays * DAY_MS).toISOString(),
            expiresAt: new Date(now.getTime() + alert.expiresInDays * DAY_MS).toISOString(),
            _status: 'published',
          }
        : { title: alert.title[locale], text: alert.text[locale] },
    })
  }
}

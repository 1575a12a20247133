import { citizenPaths, cmsPublicUrl } from '../citizen/publicUrls'
import type { LocaleCode } from '../config/locales'
import { pickText, type LocaleMap } from './localize'
import type { RawNetwork } from './loadNetwork'
import type { CitizenView } from './viewModels'

type Doc = Record<string, any>

/** The forms' endpoints and the charter's commitments, in one language. Pure. */
export function citizenView(raw: Pick<RawNetwork, 'ministry' | 'enquiryTopics' | 'cmsUrl'>, locale: LocaleCode, fallback: LocaleCode, forms = true): CitizenView {
  const text = (value: LocaleMap<string>) => pickText(value, locale, fallback)
  const cms = raw.cmsUrl ?? cmsPublicUrl({})
  const attention: Doc = raw.ministry?.citizenAttention ?? {}
  return {
    forms,
    enquiryAction: `${cms}${citizenPaths.enquiries}`,
    surveyAction: `${cms}${citizenPaths.survey}`,
    topics: [...(raw.enquiryTopics ?? [])]
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || String(a.slug).localeCompare(String(b.slug)))
      .map((t) => ({ slug: t.slug as string, name: text(t.name) })),
    replyWithinWorkingDays: typeof attention.replyWithinWorkingDays === 'number' ? attention.replyWithinWorkingDays : 3,
    commitments: (attention.commitments ?? []).map((c: Doc) => text(c.text)).filter(Boolean),
    retentionDays: typeof attention.enquiryRetentionDays === 'number' ? attention.enquiryRetentionDays : 365,
    bookingRetentionDays: typeof attention.bookingRetentionDays === 'number' ? attention.bookingRetentionDays : 30,
  }
}

import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import type { TranslatedCollection } from './collections'
import { documentLanguages, MINISTRY_LANGUAGES, type DocumentLanguages, type MissionLanguageSettings } from './languages'

/**
 * The languages of a document as stored or being saved: its mission's, read from the database
 * below Payload's hooks (a Local API call handed this request would change its locale), or the
 * ministry's.
 */
export async function languagesOfDocument(
  req: PayloadRequest,
  entry: TranslatedCollection,
  doc: Record<string, unknown> | undefined,
): Promise<DocumentLanguages> {
  if (entry.owner === 'ministry') return MINISTRY_LANGUAGES
  const missionId = idOf(doc?.mission)
  if (!missionId) return MINISTRY_LANGUAGES
  const mission = await req.payload.db.findOne<{ id: string } & MissionLanguageSettings>({
    collection: 'missions' as CollectionSlug,
    where: { id: { equals: missionId } },
    req,
  })
  // An unknown mission fails the document's own validation; until then, the ministry's languages.
  return documentLanguages(mission)
}

import type { CollectionAfterChangeHook } from 'payload'

import type { TranslatedCollection } from './collections'
import { documentLanguages, sameLanguages } from './languages'
import { documentsOfMission, refreshStoredStatus } from './refreshStored'

/**
 * A mission that adds a language, drops one or changes its default changes what its documents
 * need translated, without any of them being saved: their stored status is brought up to date
 * in the same transaction as the mission's save.
 */
export const refreshAfterMissionLanguages = (entries: readonly TranslatedCollection[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !previousDoc) return doc
    if (sameLanguages(documentLanguages(doc), documentLanguages(previousDoc))) return doc
    for (const entry of entries.filter((e) => e.owner === 'mission')) {
      for (const id of await documentsOfMission(req, entry, String(doc.id))) await refreshStoredStatus(req, entry, id)
    }
    return doc
  }

/**
 * The edit view's "Translations" box in the sidebar: each language's state, linking to the
 * document open in that language. Read-only: the status is kept by every save.
 */
import type { Payload } from 'payload'
import React from 'react'

import type { LocaleCode } from '../config/locales'
import type { StoredStatus } from '../translations/status'
import { TranslationBadges } from './TranslationBadges'

type Props = { value?: Partial<StoredStatus> | null; id?: string | number; collectionSlug?: string; payload: Payload }

export function TranslationStatusField({ value, id, collectionSlug, payload }: Props) {
  const admin = payload.config.routes.admin.replace(/\/$/, '')
  const linkFor = id && collectionSlug
    ? (code: LocaleCode) => `${admin}/collections/${collectionSlug}/${encodeURIComponent(String(id))}?locale=${code}`
    : undefined
  return (
    <div className="field-type translation-status-field">
      <p className="translation-status-field__label" id="translation-status-label">Translations</p>
      {id ? <TranslationBadges status={value} linkFor={linkFor} /> : <p>Known once the document is saved.</p>}
      <p className="translation-status-field__note">A language is outdated when its source changed after it was last saved.</p>
    </div>
  )
}

/** The list view's "Translations" column: each language of the document and its state. */
import React from 'react'

import type { StoredStatus } from '../translations/status'
import { TranslationBadges } from './TranslationBadges'

export function TranslationStatusCell({ cellData }: { cellData?: Partial<StoredStatus> | null }) {
  return <TranslationBadges status={cellData} />
}

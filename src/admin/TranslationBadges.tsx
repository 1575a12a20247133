/**
 * A document's languages and their translation state as a short list: the language code and
 * the state in words (colour only repeats what the words say), the source first. Pure: a
 * function of the stored status.
 */
import React from 'react'

import { LOCALE_CODES, LOCALES, type LocaleCode } from '../config/locales'
import type { StoredStatus, TranslationState } from '../translations/status'
import './Translations.css'

const STATE_WORDS: Record<TranslationState, string> = {
  source: 'source',
  translated: 'translated',
  outdated: 'outdated',
  missing: 'missing',
}

export const languageLabel = (code: LocaleCode) => LOCALES.find((l) => l.code === code)?.label ?? code

/** The languages of a stored status that the document is published in, source first. */
export function statusEntries(status: Partial<StoredStatus> | null | undefined): { code: LocaleCode; state: TranslationState }[] {
  if (!status) return []
  const source = status.source ?? null
  const codes = [...(source ? [source] : []), ...LOCALE_CODES.filter((c) => c !== source)]
  return codes.flatMap((code) => {
    const state = status[code]
    return state ? [{ code, state }] : []
  })
}

type Props = { status: Partial<StoredStatus> | null | undefined; linkFor?: (code: LocaleCode) => string }

export function TranslationBadges({ status, linkFor }: Props) {
  const entries = statusEntries(status)
  if (entries.length === 0) return <span className="translation-badges__none">not checked yet</span>
  return (
    <ul className="translation-badges" aria-label="Translations">
      {entries.map(({ code, state }) => {
        const text = (
          <>
            <span className="translation-badge__code">{code}</span> {STATE_WORDS[state]}
          </>
        )
        return (
          <li key={code} className={`translation-badge translation-badge--${state}`} data-locale={code} data-state={state} title={`${languageLabel(code)}: ${STATE_WORDS[state]}`}>
            {linkFor ? <a href={linkFor(code)}>{text}</a> : text}
          </li>
        )
      })}
    </ul>
  )
}

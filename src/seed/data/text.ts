import type { LocaleCode } from '../../config/locales'

/** Title, summary and body paragraphs of one document in one language. */
export type DocumentText = { title: string; summary: string; paragraphs: string[] }

/** Spanish always; other languages where written. Placeholders: {mission}, {city}, {country}. */
export type LocalizedText = { es: DocumentText } & Partial<Record<LocaleCode, DocumentText>>

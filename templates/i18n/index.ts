import { LOCALES } from '../../src/config/locales'
import type { LocaleCode } from '../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { Messages } from './messages'
import { zh } from './zh'

export type { Messages } from './messages'

const MESSAGES: Record<LocaleCode, Messages> = { es, en, fr, zh, ar }

/** The interface strings of one locale. */
export function messagesFor(locale: LocaleCode): Messages {
  return MESSAGES[locale]
}

/** Each language's name in itself, for the language switcher (a reader looks for their own). */
export function languageName(locale: LocaleCode): string {
  return LOCALES.find((l) => l.code === locale)?.label ?? locale
}

export function missionTypeLabel(messages: Messages, type: string): string {
  return (messages.missionTypes as Record<string, string>)[type] ?? type
}

export function serviceCategoryLabel(messages: Messages, category: string): string {
  return (messages.serviceCategories as Record<string, string>)[category] ?? category
}

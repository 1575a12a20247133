import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { AlertMessages } from './messages'
import { zh } from './zh'

export type { AlertMessages } from './messages'

const MESSAGES: Record<LocaleCode, AlertMessages> = { es, en, fr, zh, ar }

/** The alerts' strings in one locale. */
export const alertMessagesFor = (locale: LocaleCode): AlertMessages => MESSAGES[locale]

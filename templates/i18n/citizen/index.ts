import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { CitizenMessages } from './messages'
import { zh } from './zh'

export type { CitizenMessages } from './messages'

const MESSAGES: Record<LocaleCode, CitizenMessages> = { es, en, fr, zh, ar }

/** The citizen-facing strings of one locale. */
export const citizenMessagesFor = (locale: LocaleCode): CitizenMessages => MESSAGES[locale]

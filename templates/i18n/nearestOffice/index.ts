import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { NearestOfficeMessages } from './messages'
import { zh } from './zh'

export type { NearestOfficeMessages } from './messages'

const MESSAGES: Record<LocaleCode, NearestOfficeMessages> = { es, en, fr, zh, ar }

/** The nearest-office page's strings in one locale. */
export const nearestOfficeMessagesFor = (locale: LocaleCode): NearestOfficeMessages => MESSAGES[locale]

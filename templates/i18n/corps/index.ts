import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { CorpsMessages } from './messages'
import { zh } from './zh'

export type { CorpsMessages } from './messages'

const MESSAGES: Record<LocaleCode, CorpsMessages> = { es, en, fr, zh, ar }

export const corpsMessagesFor = (locale: LocaleCode): CorpsMessages => MESSAGES[locale]
